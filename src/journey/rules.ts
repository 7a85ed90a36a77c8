/**
 * The value rules shared by the content contract, the options, the gate and the components: one
 * definition each, so a path, URL or id means the same wherever an editor or developer writes it.
 */
import { z } from 'zod';

/** Ids of personas, downloads and phases: lowercase letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const idSchema = z.string().regex(ID_PATTERN, 'use lowercase letters, digits and hyphens (like `ouders-basisschool`)');

/** A path on this site: starts with one `/` (`//host/x` is another site), no spaces. */
export function isSitePath(value: string): boolean {
  return /^\/(?!\/)\S*$/.test(value);
}

/** An absolute https URL with a host. */
export function isHttpsUrl(value: string): boolean {
  return URL.canParse(value) && new URL(value).protocol === 'https:' && new URL(value).hostname !== '';
}

/** An absolute https URL; used wherever data or visitors leave the site. */
export const httpsUrl = z.string().refine(isHttpsUrl, 'must be an https:// URL');

/** Where a link may go: a page, route or file of this site, or another site over https. */
export function isSitePathOrHttpsUrl(value: string): boolean {
  return isSitePath(value) || isHttpsUrl(value);
}

export const sitePathOrHttpsUrl = z.string().refine(isSitePathOrHttpsUrl, 'must be a site path starting with / (like /voor/ouders/) or an https:// URL');

/**
 * A file under `public/`, as a page links it (`/images/bus.jpg`): a site path, never a URL, so no
 * page contacts another site for it.
 */
export const publicFilePath = z.string().refine(isSitePath, 'must be a path under public/ starting with /, like /images/bus.jpg');

/**
 * A content image, named by its path under `content/images/` (`schoolplein.jpg`, `wijk/plein.png`):
 * a format astro:assets turns into responsive images (lowercase extension), no leading `/`, no `..`.
 */
export const CONTENT_IMAGE_NAME = /^(?!\/)(?!.*\.\.)[\w\-./]+\.(jpe?g|png|webp|avif|gif|svg)$/;

/**
 * ISO 8601 duration with at least one part, e.g. P12M, P1Y6M, P30D, PT12H; the groups are years,
 * months, weeks, days, hours, minutes and seconds (src/forms/retention.ts reads them).
 */
export const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
