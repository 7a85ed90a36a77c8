/**
 * Runs the `astro:config:setup` hook of a site's `wegwijzer()` with `command: 'build'`, in plain Node
 * as the commands run (the gate imports the site's content config with Node's own `import()`, which
 * vitest's module runner does not offer), and prints `{ ok, output }` as JSON.
 * Usage: node tests/support/build-setup.ts <site folder>. Called by tests/support/setup-hook.ts.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadProject } from '../../src/cli/project.ts';

type Hook = (context: object) => Promise<void>;
interface UserConfig {
  build?: object;
  site?: string;
  base?: string;
  trailingSlash?: string;
  publicDir?: string;
  srcDir?: string;
  integrations: { name: string; hooks: Record<string, Hook> }[];
}

/** What `astro build` settles on for the site's astro.config.mjs: Astro's defaults, with the file's own settings laid over them. */
function resolvedConfig(root: string, user: UserConfig): object {
  const rootUrl = pathToFileURL(`${root}/`);
  return {
    root: rootUrl,
    site: user.site,
    base: user.base ?? '/',
    trailingSlash: user.trailingSlash ?? 'ignore',
    build: { format: 'directory', concurrency: 1, serverEntry: 'entry.mjs', ...user.build },
    publicDir: new URL(`${user.publicDir ?? 'public'}/`, rootUrl),
    srcDir: new URL(`${user.srcDir ?? 'src'}/`, rootUrl),
    integrations: [],
    image: { service: { entrypoint: 'astro/assets/services/sharp', config: {} } },
    security: { csp: false, allowedDomains: [] },
    adapter: undefined,
  };
}

const lines: string[] = [];
const log = (level: string) => (message: string) => lines.push(`[${level}] [wegwijzer] ${message}`);
const logger = { info: log('INFO'), warn: log('WARN'), error: log('ERROR'), debug: () => {}, label: 'wegwijzer', options: {}, fork: () => logger };
const ignore = () => {};

let ok = true;
let stop = '';
try {
  const project = await loadProject(process.argv[2]);
  // The module loadProject imported: its integration object carries the hooks.
  const { default: config } = (await import(pathToFileURL(join(project.root, 'astro.config.mjs')).href)) as { default: UserConfig };
  const integration = config.integrations.flat().find((candidate) => candidate.name === 'wegwijzer');
  await integration?.hooks['astro:config:setup']?.({
    command: 'build',
    config: resolvedConfig(project.root, config),
    isRestart: false,
    logger,
    ...Object.fromEntries(['injectRoute', 'updateConfig', 'addMiddleware', 'addDevToolbarApp', 'addRenderer', 'addWatchFile', 'addClientDirective', 'injectScript'].map((name) => [name, ignore])),
  });
} catch (error) {
  // An option error while loading the config stops a build as well.
  ok = false;
  const { message, hint } = error as Error & { hint?: string };
  stop = [message, hint ?? ''].join('\n');
}
console.log(JSON.stringify({ ok, output: [...lines, stop].join('\n') }));
