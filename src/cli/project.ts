/** Shared by the commands: finds the project's `wegwijzer()` options by loading its astro.config.mjs. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WegwijzerIntegration } from '../integration/index.ts';
import type { WegwijzerOptions } from '../integration/options.ts';

export interface Project {
  root: string;
  publicDir: string;
  options: WegwijzerOptions;
  /** `site` of the Astro config, e.g. `https://www.voorbeeldstad.nl` (the integration requires it). */
  site?: string;
}

export async function loadProject(rootArg = '.'): Promise<Project> {
  const root = resolve(rootArg);
  const configFile = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js'].map((name) => join(root, name)).find(existsSync);
  if (configFile === undefined) throw new Error(`No astro.config.mjs in ${root}: run this from the project folder or pass --root.`);
  const { default: config } = (await import(pathToFileURL(configFile).href)) as {
    default: { integrations?: unknown[]; publicDir?: string; site?: string };
  };
  const integration = (config.integrations ?? []).flat().find(
    (candidate): candidate is WegwijzerIntegration =>
      typeof candidate === 'object' && candidate !== null && (candidate as { name?: unknown }).name === 'wegwijzer',
  );
  if (integration === undefined) throw new Error(`${configFile} does not use the wegwijzer() integration.`);
  return { root, publicDir: config.publicDir ?? 'public', options: integration.wegwijzer, ...(config.site === undefined ? {} : { site: config.site }) };
}
