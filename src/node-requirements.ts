/**
 * The oldest Node.js each part of a site runs on, in one place: the command line checks it before a
 * command loads (src/cli/commands.ts, node-version.ts), and the built server's entry before it imports
 * anything (src/inbox/server-start.mjs). `new-site` alone runs on an older Node (see src/cli/commands.ts).
 * The README's table of entry points says the same.
 */

/** The built server: Astro 7 needs 22.12, the lead inbox `node:sqlite` 22.13. */
export const SERVER_NODE_VERSION = '22.13.0';

/**
 * The commands that open a site: they load its astro.config.mjs and its TypeScript
 * src/content.config.ts, whose types Node strips itself from 22.18 on.
 */
export const SITE_NODE_VERSION = '22.18.0';
