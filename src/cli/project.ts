/** Shared by the commands: finds the project's `wegwijzer()` options by loading its astro.config.mjs. */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveRunnable } from '../compiled.ts';
import type { WegwijzerIntegration } from '../integration/index.ts';
import type { WegwijzerOptions } from '../integration/options.ts';

export interface Project {
  root: string;
  publicDir: string;
  srcDir: string;
  /** The `site` URL of astro.config.mjs, when set. */
  site?: string;
  options: WegwijzerOptions;
}

export async function loadProject(rootArg = '.'): Promise<Project> {
  const root = resolve(rootArg);
  const configFile = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js'].map((name) => join(root, name)).find(existsSync);
  if (configFile === undefined) throw new Error(`No astro.config.mjs in ${root}: run this from the project folder or pass --root.`);
  // The config imports `wegwijzer`, whose exports are the TypeScript sources Vite compiles for Astro;
  // Node loads the package's compiled JavaScript instead when it is installed.
  registerRunnableHook();
  const { default: config } = (await import(pathToFileURL(configFile).href)) as {
    default: { integrations?: unknown[]; publicDir?: string; srcDir?: string; site?: string };
  };
  const integration = (config.integrations ?? []).flat().find(
    (candidate): candidate is WegwijzerIntegration =>
      typeof candidate === 'object' && candidate !== null && (candidate as { name?: unknown }).name === 'wegwijzer',
  );
  if (integration === undefined) throw new Error(`${configFile} does not use the wegwijzer() integration.`);
  return { root, publicDir: config.publicDir ?? 'public', srcDir: config.srcDir ?? 'src', site: config.site, options: integration.wegwijzer };
}

let hookRegistered = false;
function registerRunnableHook(): void {
  if (hookRegistered) return;
  registerHooks({ resolve: resolveRunnable });
  hookRegistered = true;
}
