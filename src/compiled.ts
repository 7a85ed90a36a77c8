/**
 * Where Node finds the package's own modules when it loads them itself, outside Vite: the `wegwijzer`
 * command, a site's astro.config.mjs and content config read by the command or the gate, and the
 * link-preview threads. The sources are TypeScript under src/; Vite compiles them for Astro. Node
 * strips types only outside node_modules, so an installed package carries JavaScript as well: lib/,
 * compiled from src/ when `npm pack` runs (`prepack`, tsconfig.build.json).
 *
 *   installed (…/node_modules/wegwijzer/src/x.ts)  →  …/node_modules/wegwijzer/lib/x.js
 *   running compiled (…/lib/x.ts, a sibling named in lib/x.js)  →  …/lib/x.js
 *   a checkout (src/x.ts, not under node_modules)  →  src/x.ts, whose types Node 24 strips itself
 */
import { existsSync } from 'node:fs';
import type { ResolveHookSync } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The package folder: this module is src/compiled.ts or lib/compiled.js. */
const PACKAGE_ROOT = new URL('../', import.meta.url).href;

/** A file of the package that is no module (templates, fonts), from the package folder. */
export function packageFile(path: string): URL {
  return new URL(path, PACKAGE_ROOT);
}

/** An installed copy of the package other than this one (a test site's node_modules while the command runs from a checkout). */
const INSTALLED = /^(file:\/\/.*\/node_modules\/wegwijzer\/)(src|lib)\/(.+)\.ts$/;

function split(url: string): { root: string; folder: string; module: string } | undefined {
  if (url.startsWith(PACKAGE_ROOT)) {
    const match = /^(src|lib)\/(.+)\.ts$/.exec(url.slice(PACKAGE_ROOT.length));
    return match === null ? undefined : { root: PACKAGE_ROOT, folder: match[1]!, module: match[2]! };
  }
  const match = INSTALLED.exec(url);
  return match === null ? undefined : { root: match[1]!, folder: match[2]!, module: match[3]! };
}

/**
 * The URL Node can load for one of the package's TypeScript modules (`new URL('./x.ts', import.meta.url)`
 * or a resolved import); any other URL unchanged.
 */
export function runnable(source: URL | string): string {
  const url = String(source);
  const parts = split(url);
  if (parts === undefined) return url;
  if (parts.folder === 'src' && !url.includes('/node_modules/')) return url;
  const compiled = `${parts.root}lib/${parts.module}.js`;
  if (!existsSync(fileURLToPath(compiled))) {
    throw new Error(
      `${fileURLToPath(url)} is TypeScript inside node_modules, which Node does not run, and this copy of wegwijzer has no compiled ` +
        `${fileURLToPath(compiled)}: install wegwijzer from a tarball made by \`npm pack\` (its prepack step compiles lib/) or from a checkout folder.`,
    );
  }
  return compiled;
}

/** A `module.registerHooks` resolve hook: imports of the package's modules load their runnable form. */
export const resolveRunnable: ResolveHookSync = (specifier, context, nextResolve) => {
  const resolved = nextResolve(specifier, context);
  const url = runnable(resolved.url);
  // Node resolved a .ts file as `module-typescript`; its compiled twin is plain ESM (the package is "type": "module").
  return url === resolved.url ? resolved : { ...resolved, url, format: 'module' };
};
