/** Astro content collections over the editor's `content/` folder, validated by the shared contract. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { CONTENT_DIR as contentDir } from './content/paths.ts';
import { downloadSchema, pageSchema, personaSchema } from './journey/schemas.ts';

/**
 * In `astro dev` the journey gate already reports invalid frontmatter, as warnings. Astro's own
 * validation would stop the whole dev server on one bad file, so there an invalid entry passes
 * as it is (its page may fail to render; every other page keeps working). `astro build` never
 * gets here with invalid content: the gate stops it first.
 */
function tolerantInDev<T extends z.ZodType>(schema: T): T {
  if (!import.meta.env.DEV) return schema;
  return z.unknown().transform((value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : value;
  }) as unknown as T;
}

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `./${contentDir}/pages` }), schema: tolerantInDev(pageSchema) }),
  personas: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `./${contentDir}/personas` }), schema: tolerantInDev(personaSchema) }),
  downloads: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `./${contentDir}/downloads` }), schema: tolerantInDev(downloadSchema) }),
};
