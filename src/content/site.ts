/** Content collections as the routes need them: pages with their URL, personas and downloads by id. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
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
 * `content/home.mdx`, when the site has one (its id is its file name). By id: without the file the
 * collection is empty, which `getCollection` would warn about on every build.
 */
export async function getHome() {
  return getEntry('home', 'home');
}
