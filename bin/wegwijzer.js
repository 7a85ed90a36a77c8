#!/usr/bin/env node
/**
 * The `wegwijzer` command. The package ships its TypeScript sources (Astro and Vite compile them for
 * a site), but Node refuses to strip types from .ts files under node_modules. This entry is plain
 * JavaScript: it registers a load hook that strips the types of this package's own .ts files with
 * Node's built-in stripper, then runs the command line written in TypeScript. It also lets the
 * commands import the site's astro.config.mjs, which imports the integration's .ts sources.
 */
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`wegwijzer needs Node.js 22.18 or newer; this is ${process.version}. Run it through npm (npm run …, npx wegwijzer …) so the project's own Node is used, or upgrade Node.`);
  process.exit(2);
}

// This package's files, wherever they are installed: a site's astro.config.mjs may import the
// site's own copy while this command runs from another one (a workspace, npx).
const isPackageTypeScript = (url) => url.endsWith('.ts') && url.includes('/node_modules/wegwijzer/');

// Node marks its type stripper experimental; for a user the warning is noise about our internals.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) => {
  const text = typeof warning === 'string' ? warning : warning?.message;
  if (typeof text === 'string' && text.includes('stripTypeScriptTypes')) return;
  emitWarning(warning, ...rest);
};

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:') && isPackageTypeScript(url)) {
      const source = readFileSync(fileURLToPath(url), 'utf8');
      return { format: 'module', source: stripTypeScriptTypes(source), shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

await import('../src/cli/main.ts');
