/**
 * Where editors keep their content, relative to the project root, and which files each collection
 * holds: one definition for Astro's loaders (collections.ts) and the gate's reader (load.ts).
 */
import { pageUrl } from '../journey/urls.ts';

export const CONTENT_DIR = 'content';

export const COLLECTIONS = {
  pages: { dir: `${CONTENT_DIR}/pages`, pattern: '**/*.mdx' },
  personas: { dir: `${CONTENT_DIR}/personas`, pattern: '*.{yaml,yml}' },
  downloads: { dir: `${CONTENT_DIR}/downloads`, pattern: '*.{yaml,yml}' },
  events: { dir: `${CONTENT_DIR}/events`, pattern: '*.{yaml,yml}' },
  contact: { dir: `${CONTENT_DIR}/contact`, pattern: '*.{yaml,yml}' },
  // The home page's hero and extra sections; optional (without it the home page uses the strings).
  home: { dir: CONTENT_DIR, pattern: 'home.mdx' },
} as const;

export const PAGES_DIR = COLLECTIONS.pages.dir;
export const HOME_FILE = `${CONTENT_DIR}/home.mdx`;

/**
 * Content images (hero, persona, Figure, Cards): files here are named by their path under this
 * folder and go through astro:assets. src/components/images.ts globs the same folder.
 */
export const IMAGES_DIR = `${CONTENT_DIR}/images`;

/**
 * The URL of a content page from its file (relative to the project root, as both the gate and
 * Astro's loader name it) and its `slug`: the one derivation the gate and the routes share.
 * `content/pages/bus/index.mdx` → `/bus/`.
 */
export function contentPageUrl(file: string, slug?: string): string {
  const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
  return pageUrl(normalized.startsWith(`${PAGES_DIR}/`) ? normalized.slice(PAGES_DIR.length + 1) : normalized, slug);
}
