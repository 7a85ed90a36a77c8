/**
 * Astro content collections over the editor's `content/` folder, validated by the shared contract.
 * A site's whole `src/content.config.ts` is one call:
 *
 *   import { wegwijzerCollections } from 'wegwijzer/content';
 *   export const collections = wegwijzerCollections();
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { COLLECTIONS } from './paths.ts';
import { contentSchemas } from '../journey/schemas.ts';

/**
 * In `astro dev` the journey gate already reports invalid frontmatter, as warnings. Astro's own
 * validation would stop the whole dev server on one bad file, so there an invalid entry passes
 * as it is (its page may fail to render; every other page keeps working). `astro build` never
 * gets here with invalid content: the gate stops it first.
 */
function tolerantInDev<T extends z.ZodType>(schema: T): T {
  if (!import.meta.env?.DEV) return schema;
  return z.unknown().transform((value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : value;
  }) as unknown as T;
}

export function wegwijzerCollections() {
  const schemas = contentSchemas;
  const collection = <S extends z.ZodType>(name: keyof typeof COLLECTIONS, schema: S) =>
    defineCollection({ loader: glob({ pattern: COLLECTIONS[name].pattern, base: `./${COLLECTIONS[name].dir}` }), schema: tolerantInDev(schema) });
  return {
    pages: collection('pages', schemas.pages),
    personas: collection('personas', schemas.personas),
    downloads: collection('downloads', schemas.downloads),
    home: collection('home', schemas.home),
  };
}
