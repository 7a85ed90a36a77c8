/** Values of the `<head>` tags, computed the same way for every route. */
import { normalizePath } from '../journey/urls.ts';

/**
 * The icon of a site without `organisation.logo`: an empty data URL. Without any icon link, browsers
 * ask for `/favicon.ico` on every page (a 404 when the site has none); this one causes no request at all.
 * The pages' CSP allows its scheme in `img-src` (src/security/headers.ts).
 */
export const NO_ICON = 'data:,';

/** The `<link rel="icon">` of every page: the organisation's logo, else the empty icon. */
export function iconHref(logo: string | undefined): string {
  return logo ?? NO_ICON;
}

/** `%s | Gemeente X` with the page title in place of `%s`; the home page uses the bare name. */
export function formatTitle(template: string, title: string): string {
  // A function, so `$&` or `$$` in a title is text, not a replacement pattern.
  return template.replace('%s', () => title);
}

/** Absolute canonical URL of a page path, always with a trailing slash (the build's directory format). */
export function canonicalUrl(site: URL | string, path: string): string {
  return new URL(normalizePath(path), site).href;
}

/** An absolute URL for a site path or URL; a path stays as given apart from the origin. */
export function absoluteUrl(site: URL | string, pathOrUrl: string): string {
  return new URL(pathOrUrl, site).href;
}

/** `text` cut to at most `max` characters at a word boundary, with `…` when cut. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?]+$/, '')}…`;
}
