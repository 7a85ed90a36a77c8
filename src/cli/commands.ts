/**
 * The `wegwijzer` command line: one registry of commands. Adding a command means adding one entry
 * here and one module in this folder that exports `run(argv): Promise<number>` (the exit code).
 * Modules load on demand, so `wegwijzer check` does not pay for `leads` or `new-site`.
 */
import { SITE_NODE_VERSION } from '../node-requirements.ts';

export interface CommandModule {
  run(argv: string[]): Promise<number>;
}

export interface Command {
  summary: string;
  /** The oldest Node.js the command runs on; checked before its module loads (src/cli/node-version.ts). */
  node: NodeRequirement;
  /** An `npm run <name>` script in a site made by `new-site`, as the site's README names it. */
  siteScript: boolean;
  load(): Promise<CommandModule>;
}

export interface NodeRequirement {
  version: string;
  /** What needs it, for the message when the Node is older. */
  why: string;
}

/**
 * A command that opens a site loads its astro.config.mjs (Astro 7 needs Node 22.12) and its
 * src/content.config.ts, TypeScript that Node strips itself from 22.18 on; `leads` and `stats` also
 * need `node:sqlite` (22.13). In a site these run on the site's own Node 24 (`npm run …`).
 */
const SITE_NODE: NodeRequirement = { version: SITE_NODE_VERSION, why: "it loads the site's astro.config.mjs and TypeScript content config" };
const SQLITE_NODE: NodeRequirement = { ...SITE_NODE, why: `node:sqlite, and ${SITE_NODE.why}` };

export const COMMANDS: Record<string, Command> = {
  check: { summary: 'journey checks and SEO lint without building; the persona × phase matrix', node: SITE_NODE, siteScript: true, load: () => import('./check.ts') },
  // Run with the newcomer's own Node (npx) before any site exists: plain file copying, no Astro, no SQLite.
  // 20.12: Dirent.parentPath.
  'new-site': {
    summary: 'create a new site that depends on this package: new-site <folder> --org "…" --site https://…',
    node: { version: '20.12.0', why: 'it copies the site template with Dirent.parentPath' },
    siteScript: false,
    load: () => import('./new-site.ts'),
  },
  leads: { summary: 'leads in the inbox: export, purge, stats; their deliveries: outbox, retry', node: SQLITE_NODE, siteScript: true, load: () => import('./leads.ts') },
  stats: { summary: 'the journey funnel per persona from cookieless daily counts; import an access log', node: SQLITE_NODE, siteScript: true, load: () => import('./stats.ts') },
  verify: { summary: 'check the built site: accessibility, keyboard, links, HTML, privacy, budgets, statements', node: SITE_NODE, siteScript: true, load: () => import('./verify.ts') },
  new: { summary: 'a new page, persona, download, event or contact request, from the content schemas; then the journey check', node: SITE_NODE, siteScript: true, load: () => import('./new.ts') },
};
