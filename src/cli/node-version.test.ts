import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands.ts';
import { nodeTooOld, versionAtLeast } from './node-version.ts';

describe('the Node a command needs', () => {
  it('compares versions part by part, not as text', () => {
    expect(versionAtLeast('22.18.0', '22.18.0')).toBe(true);
    expect(versionAtLeast('v22.9.0', '22.18.0')).toBe(false);
    expect(versionAtLeast('24.1.0', '22.18.0')).toBe(true);
    expect(versionAtLeast('20.20.2', '20.12.0')).toBe(true);
    expect(versionAtLeast('20.11.1', '20.12.0')).toBe(false);
  });

  it('lets new-site run on Node 20, and says in one line what leads needs, what it found and what to do', () => {
    expect(nodeTooOld('new-site', COMMANDS['new-site']!, '20.20.2')).toBeUndefined();
    const message = nodeTooOld('leads', COMMANDS.leads!, '20.20.2');
    expect(message).toBe(
      "wegwijzer leads needs Node.js 22.18.0 or newer (node:sqlite, and it loads the site's astro.config.mjs and TypeScript content config); this is Node.js v20.20.2: run it in the site as `npm run leads`, which uses the site's own Node 24, or upgrade Node.js.",
    );
    expect(nodeTooOld('leads', COMMANDS.leads!, '24.21.0')).toBeUndefined();
    expect(nodeTooOld('new-site', COMMANDS['new-site']!, '18.20.0')).toContain('upgrade Node.js');
  });

  it('asks the Node of package.json `engines` for nothing older than the command that runs on the oldest', async () => {
    const { readFile } = await import('node:fs/promises');
    const engines = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }).engines.node;
    const oldest = Object.values(COMMANDS).map((command) => command.node.version).sort((a, b) => (versionAtLeast(a, b) ? 1 : -1))[0]!;
    expect(engines).toBe(`>=${oldest.replace(/\.0$/, '')}`);
  });
});
