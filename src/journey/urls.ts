/** URL helpers shared by the checks and the routes, so both agree on every page's address. */

/** `/a/b` → `/a/b/`; strips query and hash; `/` stays `/`. */
export function normalizePath(path: string): string {
  const bare = path.replace(/[?#].*$/, '');
  const withLead = bare.startsWith('/') ? bare : `/${bare}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** A site path points at a file (has an extension in its last segment) rather than a page. */
export function isFilePath(path: string): boolean {
  return /\.[a-z0-9]+$/i.test(path.replace(/[?#].*$/, ''));
}

/**
 * The URL of a content page: its path under the pages folder without extension, or its `slug`.
 * `basisschool/open-dag.mdx` → `/basisschool/open-dag/`; `bus/index.mdx` → `/bus/`.
 */
export function pageUrl(relativeFile: string, slug?: string): string {
  if (slug !== undefined) return normalizePath(slug);
  const withoutExt = relativeFile.replace(/\\/g, '/').replace(/\.mdx?$/, '');
  const withoutIndex = withoutExt === 'index' ? '' : withoutExt.replace(/\/index$/, '');
  return normalizePath(withoutIndex);
}

/** The Astro rest-parameter value for a page URL: `/a/b/` → `a/b`, `/` → undefined. */
export function restParam(url: string): string | undefined {
  const trimmed = url.replace(/^\/|\/$/g, '');
  return trimmed === '' ? undefined : trimmed;
}

/** Thank-you pages live under this prefix; they are `noindex` and stay out of the sitemap. */
export const THANK_YOU_PREFIX = '/bedankt/';

/** The thank-you page of a download: `/bedankt/<download-id>/`. */
export function thankYouUrl(downloadId: string): string {
  return `${THANK_YOU_PREFIX}${downloadId}/`;
}

/** The inbox's on-demand endpoint that receives form posts. */
export const INBOX_ENDPOINT = '/aanvraag/';

/** Pages Wegwijzer generates at fixed addresses: one table for the routes, links and the gate. */
export const GENERATED_PAGES = {
  home: '/',
  notFound: '/404/',
  privacy: '/privacy/',
  accessibility: '/toegankelijkheid/',
} as const;

/** Astro's route pattern for a page path: `/privacy/` → `/privacy` (so `/404` still builds 404.html). */
export function routePattern(path: string): string {
  return path === '/' ? path : path.replace(/\/$/, '');
}

/** The component gallery, served by `astro dev` only. */
export const GALLERY_PATH = '/_wegwijzer/componenten/';

/** Persona hubs live under this prefix. */
export const PERSONA_HUB_PREFIX = '/voor/';

/** The hub of a persona, listing its journey: `/voor/<persona id>/`. */
export function personaHubPath(personaId: string): string {
  return `${PERSONA_HUB_PREFIX}${personaId}/`;
}
