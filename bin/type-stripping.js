/**
 * Node refuses to strip types from .ts files under node_modules, and this package ships TypeScript
 * (Astro and Vite compile it for a site). This load hook strips the types of the package's own .ts
 * files with Node's built-in stripper, wherever the package is installed: the `wegwijzer` command and
 * the gate's reading of a site's content config (src/content/site-config.ts) both register it.
 */
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const isPackageTypeScript = (url) => url.startsWith('file:') && url.endsWith('.ts') && url.includes('/node_modules/wegwijzer/');

// Node marks its type stripper experimental; for a user the warning is noise about our internals.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) => {
  const text = typeof warning === 'string' ? warning : warning?.message;
  if (typeof text === 'string' && text.includes('stripTypeScriptTypes')) return;
  emitWarning(warning, ...rest);
};

/** A `module.registerHooks` load hook. */
export function loadPackageTypeScript(url, context, nextLoad) {
  if (!isPackageTypeScript(url)) return nextLoad(url, context);
  return { format: 'module', source: stripTypeScriptTypes(readFileSync(fileURLToPath(url), 'utf8')), shortCircuit: true };
}
