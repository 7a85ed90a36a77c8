/** Content collections as the routes need them: pages with their URL, personas and downloads by id. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import filled from 'virtual:wegwijzer/filled-collections';
import { contentPageUrl, PAGES_DIR } from './paths.ts';

export type PageEntry = CollectionEntry<'pages'> & { url: string };

export async function getPages(): Promise<PageEntry[]> {
  const pages = await getCollection('pages');
  return pages.map((page) => {
    return { ...page, url: contentPageUrl(page.filePath ?? `${PAGES_DIR}/${page.id}.mdx`, page.data.slug) };
  });
}

export async function getPersonas() {
  return getCollection('personas');
}

export async function getDownloads() {
  return new Map((await getCollection('downloads')).map((download) => [download.id, download]));
}

/**
 * The site's events (`content/events/`) or contact requests (`content/contact/`); none when it has
 * none. Astro warns on every build about reading an empty collection, so an empty one is not read.
 * Which are filled is known when the build or dev server starts: in `astro dev`, a site's first
 * event or contact request file shows after a restart.
 */
export async function getOptional<C extends 'events' | 'contact'>(collection: C): Promise<CollectionEntry<C>[]> {
  if (!filled[collection]) return [];
  return getCollection(collection);
}

/**
 * `content/home.mdx`, when the site has one (its id is its file name). By id: without the file the
 * collection is empty, which `getCollection` would warn about on every build.
 */
export async function getHome() {
  return getEntry('home', 'home');
}
