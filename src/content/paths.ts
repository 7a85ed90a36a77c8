/**
 * Where editors keep their content, relative to the project root, and which files each collection
 * holds: one definition for Astro's loaders (collections.ts) and the gate's reader (load.ts).
 */
export const CONTENT_DIR = 'content';

export const COLLECTIONS = {
  pages: { dir: `${CONTENT_DIR}/pages`, pattern: '**/*.mdx' },
  personas: { dir: `${CONTENT_DIR}/personas`, pattern: '*.{yaml,yml}' },
  downloads: { dir: `${CONTENT_DIR}/downloads`, pattern: '*.{yaml,yml}' },
} as const;

export const PAGES_DIR = COLLECTIONS.pages.dir;
