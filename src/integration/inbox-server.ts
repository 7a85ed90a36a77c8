/**
 * The server output of an inbox site, through public API only: @astrojs/node in middleware mode
 * builds Astro's server entry under another name (`build.serverEntry`), Wegwijzer's server
 * (src/inbox/server.ts) is built beside it as a module of its own (a Vite chunk), and
 * `dist/server/entry.mjs` is Wegwijzer's: it checks the Node version, then hands the adapter's
 * `handler` to Wegwijzer's server (src/inbox/server-start.mjs). No file of another package is changed.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IntegrationResolvedRoute } from 'astro';
import { SERVER_NODE_VERSION } from '../node-requirements.ts';

/** The start file hosts run: `node dist/server/entry.mjs`, as with any @astrojs/node site. */
export const SERVER_ENTRY = 'entry.mjs';
/** Astro's own server entry, renamed so that `entry.mjs` is Wegwijzer's. */
export const ASTRO_SERVER_ENTRY = 'astro-handler.mjs';
/** Wegwijzer's server module and its start code, beside them. */
const SERVER_MODULE = 'wegwijzer-server.mjs';
const START_MODULE = 'wegwijzer-start.mjs';

const serverSource = fileURLToPath(new URL('../inbox/server.ts', import.meta.url));
const startSource = fileURLToPath(new URL('../inbox/server-start.mjs', import.meta.url));

/** The lowest Node the built server runs on (Astro and `node:sqlite`). */
export function requiredNode(): string {
  return SERVER_NODE_VERSION;
}

/** The Vite plugin that builds src/inbox/server.ts into the server output as `wegwijzer-server.mjs`. */
export function inboxServerModule() {
  return {
    name: 'wegwijzer:inbox-server-module',
    apply: 'build' as const,
    applyToEnvironment: (environment: { name: string }) => environment.name === 'ssr',
    buildStart(this: { emitFile(file: { type: 'chunk'; id: string; fileName: string }): string }) {
      this.emitFile({ type: 'chunk', id: serverSource, fileName: SERVER_MODULE });
    },
  };
}

type Route = Pick<IntegrationResolvedRoute, 'isPrerendered' | 'origin' | 'patternRegex'>;

/**
 * The on-demand routes the site needs: its own and Wegwijzer's (the lead endpoint of
 * GENERATED_ROUTES), not Astro's internal ones. Astro adds the image endpoint `/_image` to every
 * server build, which would optimise any image on request (seconds of CPU each); every image of a
 * Wegwijzer site is optimised in the build.
 */
export function neededOnDemandRoutes(routes: readonly Route[]): { source: string; flags: string }[] {
  return routes.filter(isSiteOnDemandRoute).map(({ patternRegex }) => ({ source: patternRegex.source, flags: patternRegex.flags }));
}

/** A route rendered on request that is the site's or Wegwijzer's, not one Astro adds itself. */
export function isSiteOnDemandRoute(route: Pick<IntegrationResolvedRoute, 'isPrerendered' | 'origin'>): boolean {
  return !route.isPrerendered && route.origin !== 'internal';
}

export interface ServerOutput {
  /** build.server and build.client of the Astro config. */
  serverDir: URL;
  clientDir: URL;
  /** build.serverEntry: Astro's entry. */
  astroEntry: string;
  host: string | boolean;
  port: number;
  onDemand: { source: string; flags: string }[];
}

/** Writes `entry.mjs` and the start module into the server output. */
export function writeServerEntry(output: ServerOutput): void {
  const serverDir = fileURLToPath(output.serverDir);
  const client = relative(serverDir, fileURLToPath(output.clientDir)).split(sep).join('/');
  const built = { node: requiredNode(), astroEntry: `./${output.astroEntry}`, server: `./${SERVER_MODULE}`, client: `${client}/`, host: output.host, port: output.port, onDemand: output.onDemand };
  copyFileSync(startSource, join(serverDir, START_MODULE));
  writeFileSync(
    join(serverDir, SERVER_ENTRY),
    [
      "// Written by Wegwijzer's build: `node dist/server/entry.mjs` starts the site's server (wegwijzer/src/inbox/server-start.mjs).",
      `import { start } from './${START_MODULE}';`,
      '',
      `await start(import.meta.url, ${JSON.stringify(built, null, 2)});`,
      '',
    ].join('\n'),
  );
}
