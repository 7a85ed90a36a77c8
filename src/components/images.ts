/**
 * The site's content images (`content/images/`), found by their path there: `schoolplein.jpg`.
 * Each goes through astro:assets (sizes, modern formats) only when a page shows it. The glob is
 * relative to the project root and must name the same folder as IMAGES_DIR in src/content/paths.ts.
 */
import type { ImageMetadata } from 'astro';

const FOLDER = '/content/images/';
const files = import.meta.glob<ImageMetadata>('/content/images/**/*.{jpg,jpeg,png,webp,avif,gif,svg}', { import: 'default' });

/** The image named `name` (its path under content/images/); an Error naming the file when missing. */
export async function contentImage(name: string, usedBy: string): Promise<ImageMetadata> {
  const load = files[`${FOLDER}${name}`];
  if (load === undefined) {
    const known = Object.keys(files).map((path) => path.slice(FOLDER.length));
    throw new Error(`${usedBy}: there is no image content/images/${name}. ${known.length > 0 ? `Images there: ${known.join(', ')}.` : 'Put the image in content/images/.'}`);
  }
  return load();
}

/** The names of every content image, for the component gallery. */
export function contentImageNames(): string[] {
  return Object.keys(files).map((path) => path.slice(FOLDER.length)).sort();
}
