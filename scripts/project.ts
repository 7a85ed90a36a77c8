/** Shared by the CLIs: finds the project's `wegwijzer()` options by loading its astro.config.mjs. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WegwijzerIntegration } from '../src/integration/index.ts';
import type { WegwijzerOptions } from '../src/integration/options.ts';

export interface Project {
  root: string;
  publicDir: string;
  options: WegwijzerOptions;
}

export async function loadProject(rootArg = '.'): Promise<Project> {
  const root = resolve(rootArg);
  const configFile = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js'].map((name) => join(root, name)).find(existsSync);
  if (configFile === undefined) throw new Error(`No astro.config.mjs in ${root}: run this from the project folder or pass --root.`);
  const { default: config } = (await import(pathToFileURL(configFile).href)) as {
    default: { integrations?: unknown[]; publicDir?: string };
  };
  const integration = (config.integrations ?? []).flat().find(
    (candidate): candidate is WegwijzerIntegration =>
      typeof candidate === 'object' && candidate !== null && (candidate as { name?: unknown }).name === 'wegwijzer',
  );
  if (integration === undefined) throw new Error(`${configFile} does not use the wegwijzer() integration.`);
  return { root, publicDir: config.publicDir ?? 'public', options: integration.wegwijzer };
}

/**
 * Runs a CLI's main function: its result is the exit code, a thrown error prints its message and
 * exits 2. Sets exitCode rather than calling exit(), so output piped elsewhere (a --json report,
 * a CSV export larger than the pipe buffer) is written in full before the process ends.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 2;
    },
  );
}
