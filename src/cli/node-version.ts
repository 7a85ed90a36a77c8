/**
 * Each command names the oldest Node.js it runs on (./commands.ts); the command line checks it before
 * the command's module loads, so an older Node gets one line saying what to do instead of a failed
 * import (`node:sqlite`, a TypeScript config) with a stack trace.
 */
import type { Command } from './commands.ts';

function parts(version: string): number[] {
  return version.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);
}

export function versionAtLeast(version: string, minimum: string): boolean {
  const have = parts(version);
  const need = parts(minimum);
  for (let index = 0; index < need.length; index++) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/** The one-line message when this Node is older than the command needs; undefined when it is new enough. */
export function nodeTooOld(name: string, command: Pick<Command, 'node' | 'siteScript'>, version = process.versions.node): string | undefined {
  if (versionAtLeast(version, command.node.version)) return undefined;
  const advice = command.siteScript
    ? `run it in the site as \`npm run ${name}\`, which uses the site's own Node 24, or upgrade Node.js`
    : 'upgrade Node.js (https://nodejs.org)';
  return `wegwijzer ${name} needs Node.js ${command.node.version} or newer (${command.node.why}); this is Node.js v${version.replace(/^v/, '')}: ${advice}.`;
}
