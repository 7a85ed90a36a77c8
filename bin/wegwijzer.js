#!/usr/bin/env node
/**
 * The `wegwijzer` command. Plain JavaScript, because Node refuses to strip types from .ts files under
 * node_modules: it registers a hook that does (./type-stripping.js), then runs the command line written
 * in TypeScript. The hook also lets the commands import the site's astro.config.mjs, which imports the
 * integration's .ts sources.
 */
import { registerHooks } from 'node:module';
import { loadPackageTypeScript } from './type-stripping.js';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`wegwijzer needs Node.js 22.18 or newer; this is ${process.version}. Run it through npm (npm run …, npx wegwijzer …) so the project's own Node is used, or upgrade Node.`);
  process.exit(2);
}

registerHooks({ load: loadPackageTypeScript });

await import('../src/cli/main.ts');
