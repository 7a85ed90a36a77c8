/**
 * The oldest Node.js each part of a site runs on, in one place: the command line checks it before a
 * command loads (src/cli/node-version.ts), and the built server's entry before it imports anything
 * (src/inbox/server-start.mjs). `new-site` alone runs on an older Node (see src/cli/commands.ts).
 */

/**
 * A site's own code: Astro 7 needs 22.12, `node:sqlite` (inbox, stats) 22.13, and Node strips the types
 * of the site's src/content.config.ts itself from 22.18 on. `package.json` `engines.node` says the same.
 */
export const SITE_NODE_VERSION = '22.18.0';
