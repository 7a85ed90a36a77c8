/**
 * Reads a site's own src/content.config.ts outside Astro, so the gate validates pages with the same
 * schema Astro's collections use, including the site's own fields (`wegwijzerCollections({ pages:
 * { extend } })`). One schema for the gate, the build and `astro check`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolveRunnable, runnable } from '../compiled.ts';
import { PAGE_EXTENSION, type PageExtension } from '../journey/schemas.ts';

/**
 * Node's own `import()`. In a site, Astro loads the integration through Vite's module runner, which
 * rewrites `import()` in the modules it runs and is closed once the config is loaded; the content
 * config must be imported by Node itself, with the hooks below.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

const CONFIG_NAMES = ['content.config.ts', 'content.config.mts', 'content.config.js', 'content.config.mjs'];
const SHIM = runnable(new URL('./astro-content-shim.ts', import.meta.url));

export interface SiteContentConfig {
  /** The file, relative to the project root, or undefined when the site has none. */
  file?: string;
  pageExtension?: PageExtension;
}

/** The site's content config file under `srcDir` (default `src/`). */
export function contentConfigFile(root: string, srcDir = 'src'): string | undefined {
  return CONFIG_NAMES.map((name) => join(srcDir, name)).find((file) => existsSync(join(root, file)));
}

/**
 * Imports the site's content config with `astro:content` replaced by a small shim, and returns the
 * page extension that `wegwijzerCollections()` recorded on it. A fresh import each time, so `astro dev`
 * sees an edited extension.
 */
export async function loadSiteContentConfig(root: string, srcDir = 'src'): Promise<SiteContentConfig> {
  const file = contentConfigFile(root, srcDir);
  if (file === undefined) return {};
  const hooks = registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'astro:content') return { url: SHIM, shortCircuit: true };
      // `wegwijzer/content` in the site's config: the package's compiled JavaScript when it is installed.
      return resolveRunnable(specifier, context, nextResolve);
    },
  });
  try {
    const module = (await nativeImport(`${pathToFileURL(join(root, file)).href}?t=${Date.now()}`)) as { collections?: Record<PropertyKey, unknown> };
    const extension = module.collections?.[PAGE_EXTENSION] as PageExtension | undefined;
    return { file, pageExtension: extension };
  } catch (error) {
    throw new Error(`${file} could not be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    hooks.deregister();
  }
}
