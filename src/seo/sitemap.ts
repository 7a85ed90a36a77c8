/** Which built URLs belong in the sitemap: indexable pages only. */
import { GENERATED_PAGES, INBOX_ENDPOINT, isFilePath, normalizePath, THANK_YOU_PREFIX, TOOLS_PREFIX } from '../journey/urls.ts';

/**
 * Search engines skip: thank-you pages (they follow a form), the inbox endpoint (it only answers
 * form posts), the search page (results of a query are not a page of their own) and the team's
 * tools such as the journey map.
 */
export const NEVER_INDEXED_PREFIXES = [THANK_YOU_PREFIX, INBOX_ENDPOINT, GENERATED_PAGES.search, TOOLS_PREFIX] as const;

/** Pages under a never-indexed prefix get `noindex` and stay out of the sitemap, whatever their frontmatter says. */
export function isNeverIndexed(pathOrUrl: string): boolean {
  const page = normalizePath(new URL(pathOrUrl, 'https://x.invalid').pathname);
  return NEVER_INDEXED_PREFIXES.some((prefix) => page.startsWith(prefix));
}

/**
 * The `filter` for @astrojs/sitemap: drops noindex pages (by URL path), anything under a
 * never-indexed prefix, and files such as robots.txt that are routes but not pages.
 */
export function sitemapFilter(noindexPaths: Iterable<string>): (url: string) => boolean {
  const excluded = new Set([...noindexPaths].map(normalizePath));
  return (url) => {
    const path = new URL(url).pathname;
    if (isFilePath(path)) return false;
    return !excluded.has(normalizePath(path)) && !isNeverIndexed(path);
  };
}
