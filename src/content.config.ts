/** Astro content collections over the editor's `content/` folder, validated by the shared contract. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR as contentDir } from './content/paths.ts';
import { downloadSchema, pageSchema, personaSchema } from './journey/schemas.ts';


export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `./${contentDir}/pages` }), schema: pageSchema }),
  personas: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `./${contentDir}/personas` }), schema: personaSchema }),
  downloads: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `./${contentDir}/downloads` }), schema: downloadSchema }),
};
