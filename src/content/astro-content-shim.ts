/**
 * Stands in for Astro's `astro:content` module when Wegwijzer reads a site's src/content.config.ts
 * outside Astro (the gate in `wegwijzer check`, and before Astro's own content sync in a build):
 * only the collections' definitions are needed, not Astro's store.
 */
export const defineCollection = <T>(config: T): T => config;

export function reference(collection: string): never {
  throw new Error(`reference('${collection}') is not supported in a Wegwijzer content config: pages name personas and downloads by id.`);
}

export { z } from 'zod';
