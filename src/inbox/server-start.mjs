/**
 * How an inbox site's server starts. The build copies this file next to Astro's server output and
 * writes `dist/server/entry.mjs`, which calls `start` with what the build knows, so hosts start the
 * site with `node dist/server/entry.mjs` (`npm start`).
 *
 * Plain JavaScript that any Node can read, run outside Vite: it first checks that this Node can run
 * the server (Wegwijzer's stores use `node:sqlite`) and otherwise says so in one line and exits
 * with 2. Only then does it load Astro's handler (the adapter's documented `handler` export of
 * Astro's server entry, in middleware mode) and Wegwijzer's server (src/inbox/server.ts, built
 * into the server output by the integration), and hand one to the other.
 */
import { fileURLToPath } from 'node:url';

/**
 * @typedef {object} BuiltServer
 * @property {string} node  the lowest Node version the server runs on (from package.json `engines`)
 * @property {string} astroEntry  Astro's server entry (`build.serverEntry`), beside this file
 * @property {string} server  Wegwijzer's server module, beside this file
 * @property {string} client  the client output folder, relative to the server folder
 * @property {string | boolean} host  Astro's `server.host` (`HOST` overrides it)
 * @property {number} port  Astro's `server.port` (`PORT` overrides it)
 * @property {{ source: string, flags: string }[]} onDemand  the on-demand routes the site needs
 */

/**
 * @param {string} entryUrl  `import.meta.url` of dist/server/entry.mjs
 * @param {BuiltServer} built
 */
export async function start(entryUrl, built) {
  const problem = nodeProblem(process.versions.node, built.node, process.execPath);
  if (problem !== undefined) {
    console.error(problem);
    process.exit(2);
  }
  const [{ handler }, { serveSite }] = await Promise.all([import(new URL(built.astroEntry, entryUrl).href), import(new URL(built.server, entryUrl).href)]);
  const serverDir = fileURLToPath(new URL('.', entryUrl));
  serveSite(handler, {
    serverDir,
    clientDir: fileURLToPath(new URL(built.client, new URL('.', entryUrl))),
    host: built.host,
    port: built.port,
    onDemand: built.onDemand.map(({ source, flags }) => new RegExp(source, flags)),
  });
}

/**
 * One line saying which Node is needed, which was found and what to do, or undefined when this
 * Node is new enough. `required` is an exact version (`22.13.0`), so comparing its three numbers is all.
 * @param {string} found  `process.versions.node`
 * @param {string} required
 * @param {string} path  the Node executable
 * @returns {string | undefined}
 */
export function nodeProblem(found, required, path) {
  const have = found.split('.').map(Number);
  const need = required.split('.').map(Number);
  for (let part = 0; part < 3; part++) {
    const difference = (have[part] ?? 0) - (need[part] ?? 0);
    if (difference > 0) return undefined;
    if (difference < 0) {
      return `[wegwijzer] This server needs Node.js ${required} or newer (for node:sqlite), but ${path} is Node.js ${found}: install Node.js ${required} or newer (24 LTS recommended) and start it again with that node.`;
    }
  }
  return undefined;
}
