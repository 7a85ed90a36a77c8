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
import { downloadSchema, extensionConflicts, PAGE_EXTENSION, pageSchema, personaSchema } from '../journey/schemas.ts';

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

export interface WegwijzerCollectionsOptions<Extra extends z.ZodRawShape> {
  pages?: {
    /**
     * The site's own page fields, e.g. `z.object({ budget: z.number().optional() })` (with `z` from
     * `astro/zod`). The gate, the build and `astro check` validate them with this one schema, and
     * `getCollection('pages')` types them.
     */
    extend?: z.ZodObject<Extra>;
  };
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no extra fields by default
export function wegwijzerCollections<Extra extends z.ZodRawShape = {}>(options: WegwijzerCollectionsOptions<Extra> = {}) {
  const extension = options.pages?.extend;
  const conflicts = extension === undefined ? [] : extensionConflicts(extension);
  if (conflicts.length > 0) {
    throw new Error(`wegwijzerCollections(): pages.extend redefines ${conflicts.map((field) => `\`${field}\``).join(', ')}, which Wegwijzer defines. Give your own field another name.`);
  }
  // The same extension as the gate's contentSchemasFor(), typed with the site's own fields.
  const pages = (extension === undefined ? pageSchema : pageSchema.safeExtend(extension.shape)) as unknown as z.ZodObject<typeof pageSchema.shape & Extra, z.core.$strict>;
  const collection = <S extends z.ZodType>(name: keyof typeof COLLECTIONS, schema: S) =>
    defineCollection({ loader: glob({ pattern: COLLECTIONS[name].pattern, base: `./${COLLECTIONS[name].dir}` }), schema: tolerantInDev(schema) });
  const collections = {
    pages: collection('pages', pages),
    personas: collection('personas', personaSchema),
    downloads: collection('downloads', downloadSchema),
  };
  // Not enumerable: Astro sees three collections; the gate reads the extension (site-config.ts).
  Object.defineProperty(collections, PAGE_EXTENSION, { value: extension });
  return collections;
}
