/**
 * Keeps the content pages out of the on-demand server bundle.
 *
 * With the inbox, Astro builds two bundles: the prerender bundle that writes every page, and the
 * server bundle for the on-demand routes. Wegwijzer's only on-demand route, the inbox endpoint,
 * reads content data (`getCollection`) but renders no content page. Yet `astro:content` imports
 * Astro's map of content modules, so the server build compiled every MDX page a second time: at
 * 1,000 pages that was about a third of the build, and a server bundle of 2,000 chunks.
 *
 * In the server bundle this plugin answers that map with an empty one, as long as every on-demand
 * route is Wegwijzer's or Astro's own. A site that adds its own on-demand page keeps Astro's map,
 * because such a page may render content.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IntegrationResolvedRoute } from 'astro';
import { isSiteOnDemandRoute } from './inbox-server.ts';

/**
 * Astro's module that maps each content file to a lazy import of its compiled module: the file
 * `.astro/content-modules.mjs`, or the virtual `astro:content-module-imports` when there is none.
 */
const CONTENT_MODULES = /(?:[\\/]\.astro[\\/]content-modules\.mjs|\0astro:content-module-imports)$/;

/**
 * True when no on-demand route may render content: each is Astro's own or one of `ours` (absolute
 * file paths; a route names its file relative to the project `root`).
 */
export function onlyOwnOnDemandRoutes(routes: readonly Pick<IntegrationResolvedRoute, 'isPrerendered' | 'origin' | 'entrypoint'>[], root: string, ours: readonly string[]): boolean {
  const own = new Set(ours.map(real));
  return routes.every((route) => !isSiteOnDemandRoute(route) || own.has(real(resolve(root, route.entrypoint))));
}

function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** The Vite plugin; `lean()` is asked when the server bundle is built, after the routes are known. */
export function leanServerBundle(lean: () => boolean) {
  return {
    name: 'wegwijzer:lean-server-bundle',
    enforce: 'pre' as const,
    apply: 'build' as const,
    applyToEnvironment: (environment: { name: string }) => environment.name === 'ssr',
    // Astro resolves and loads the module itself; its code is replaced before the bundler follows its imports.
    transform: (_code: string, id: string) => (CONTENT_MODULES.test(id) && lean() ? { code: 'export default new Map();', map: null } : undefined),
  };
}
