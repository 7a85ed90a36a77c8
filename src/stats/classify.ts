/**
 * What one finished request means for the journey figures: a page view (and, with a same-site
 * Referer, the step from that page), a download, or nothing. Pure: the live server and
 * `stats import` both run every request through `classifyRequest`, so they count alike.
 *
 * Nothing here keeps anything of the visitor: the user agent only decides "bot or not", the
 * Referer only yields the path of one of the site's own pages, and no address is looked at.
 */
import { isbot } from 'isbot';
import type { LeadKind } from '../forms/kinds.ts';
import { handoffPage, thankYouTarget } from '../journey/urls.ts';
import type { StatsPage, StatsSite } from './site.ts';

/** A finished request as the server saw it, or as an access log line tells it. */
export interface ObservedRequest {
  method: string;
  /** The request target as sent: a path with an optional query (`/bus/?utm_source=x`). */
  target: string;
  status: number;
  /** Request headers, lower-case names (node's IncomingHttpHeaders fits). */
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

export type Hit =
  /** A page view; `from` is the site's own page the visitor came from, when the Referer says so. */
  | { kind: 'view'; page: string; from?: string }
  /** A download file served; `from` is the page that linked it, or '' when unknown. */
  | { kind: 'download'; download: string; from: string }
  /** A lead the inbox stored (or a thank-you page shows): `download` is the id of its download, event or contact request, by `leadKind`. */
  | { kind: 'lead'; leadKind: LeadKind; download: string; page: string; persona: string; phase: string }
  /** A click on the CTA of `page` that hands the visitor off to another site (its hand-off route). */
  | { kind: 'handoff'; page: string };

export interface ClassifyOptions {
  /**
   * Also count a lead for each arrival on the thank-you page of a form's page (its URL names the
   * page), or on a download's own thank-you page from a content page (the Referer names it). For access logs, which cannot see the inbox; the live server counts leads where
   * the inbox stores them, so there this stays off.
   */
  leadsFromThankYou?: boolean;
}

/** The site model as lookups, built once per site. */
export interface SiteIndex {
  hosts: ReadonlySet<string>;
  pages: ReadonlySet<string>;
  journeyPages: ReadonlyMap<string, StatsPage>;
  downloadsByFile: ReadonlyMap<string, string>;
  downloadIds: ReadonlySet<string>;
  contactIds: ReadonlySet<string>;
}

export function indexSite(site: StatsSite): SiteIndex {
  return {
    hosts: new Set(site.hosts),
    pages: new Set(site.pages),
    journeyPages: new Map(site.journeyPages.map((page) => [page.url, page])),
    downloadsByFile: new Map(site.downloads.map((download) => [download.file, download.id])),
    downloadIds: new Set(site.downloads.map((download) => download.id)),
    contactIds: new Set(site.contacts),
  };
}

/** Why a request counts for nothing at all, before its path is even looked at; undefined when it may count. */
export function ignoredBecause(request: ObservedRequest): 'method' | 'status' | 'bot' | 'prefetch' | undefined {
  if (request.method !== 'GET') return 'method';
  if (!countedStatus(request)) return 'status';
  const agent = header(request, 'user-agent');
  // Browsers always send a user agent; a request without one is a script.
  if (agent === undefined || agent.trim() === '' || isbot(agent)) return 'bot';
  if (isPrefetch(request)) return 'prefetch';
  return undefined;
}

export function classifyRequest(request: ObservedRequest, site: SiteIndex, options: ClassifyOptions = {}): Hit[] {
  if (ignoredBecause(request) !== undefined) return [];
  const path = pagePath(pathOf(request.target), site);
  if (path === undefined) return [];
  // The hand-off route forwards: a page with a refresh on a static host (200), a 303 from Wegwijzer's server.
  const handingOff = handoffPage(path);
  if (handingOff !== undefined && site.journeyPages.get(handingOff)?.cta.handoff !== undefined) {
    return request.status === 206 ? [] : [{ kind: 'handoff', page: handingOff }];
  }
  if (isRedirect(request)) return [];
  const from = refererPage(request, site);

  if (isPage(path, site)) {
    if (request.status === 206) return [];
    const view: Hit = from === undefined || from === path ? { kind: 'view', page: path } : { kind: 'view', page: path, from };
    const thankYou = thankYouOf(path, site);
    // A form's thank-you page names its page; the download's own names none, and the Referer may.
    const formPage = thankYou?.page ?? (from === undefined ? undefined : site.journeyPages.get(from));
    if (options.leadsFromThankYou && thankYou !== undefined && formPage !== undefined) {
      // The form sends the first persona of a page for several, as the inbox stores it.
      return [view, { kind: 'lead', leadKind: thankYou.kind, download: thankYou.id, page: formPage.url, persona: formPage.personas[0] ?? '', phase: formPage.phase }];
    }
    return [view];
  }
  const download = site.downloadsByFile.get(path);
  if (download !== undefined) return [{ kind: 'download', download, from: from ?? '' }];
  return [];
}

/** A path the site serves as a page: a known one, or the thank-you page of a download requested on a content page. */
function isPage(path: string, site: SiteIndex): boolean {
  return site.pages.has(path) || thankYouOf(path, site) !== undefined;
}

/**
 * What a thank-you page of this site thanks for — a download request or, on `/bedankt/<contact-id>/<page>/`,
 * a contact request — and, for a form's own (see thankYouUrl), the content page of the form. A download
 * goes first where a contact request shares its id, as in the thank-you route.
 */
function thankYouOf(path: string, site: SiteIndex): { kind: 'download' | 'contact'; id: string; page?: StatsPage } | undefined {
  const target = thankYouTarget(path);
  if (target === undefined) return undefined;
  const kind = site.downloadIds.has(target.download) ? 'download' : site.contactIds.has(target.download) && target.page !== undefined ? 'contact' : undefined;
  if (kind === undefined) return undefined;
  if (target.page === undefined) return { kind, id: target.download };
  const page = site.journeyPages.get(target.page);
  return page === undefined ? undefined : { kind, id: target.download, page };
}

/**
 * 200, and 304 (a browser showing its cached copy still opened the page). A 206 counts only as
 * the first part of a file (`Range: bytes=0-…`), not a PDF viewer's later parts. A 302 or 303
 * only for a hand-off route (classifyRequest).
 */
function countedStatus(request: ObservedRequest): boolean {
  if (request.status === 200 || request.status === 304 || isRedirect(request)) return true;
  return request.status === 206 && /^bytes=0-/.test(header(request, 'range') ?? '');
}

/** 302 and 303: how a server answers a hand-off route; nothing else counts a redirect. */
function isRedirect(request: ObservedRequest): boolean {
  return request.status === 302 || request.status === 303;
}

/** Speculative loads the visitor may never see: Chromium's `Sec-Purpose`, older `Purpose`, Firefox's `X-Moz`, Safari's `X-Purpose`. */
function isPrefetch(request: ObservedRequest): boolean {
  const purposes = ['sec-purpose', 'purpose', 'x-purpose', 'x-moz'].map((name) => (header(request, name) ?? '').toLowerCase());
  return purposes.some((value) => value.includes('prefetch') || value.includes('prerender') || value.includes('preview'));
}

/** The site's own page the Referer names, if it names one (same host, a known page). */
function refererPage(request: ObservedRequest, site: SiteIndex): string | undefined {
  const referer = header(request, 'referer');
  if (referer === undefined || !URL.canParse(referer)) return undefined;
  const url = new URL(referer);
  const ownHosts = [header(request, 'x-forwarded-host'), header(request, 'host')].filter((host): host is string => host !== undefined);
  if (!site.hosts.has(url.host) && !ownHosts.includes(url.host)) return undefined;
  const path = pagePath(pathOf(url.pathname), site);
  return path !== undefined && isPage(path, site) ? path : undefined;
}

/** `/bus` is the page `/bus/` (the server answers both with the page); any other path stays as it is. */
function pagePath(path: string | undefined, site: SiteIndex): string | undefined {
  if (path === undefined || path.endsWith('/') || isPage(path, site)) return path;
  return isPage(`${path}/`, site) ? `${path}/` : path;
}

/** The decoded path of a request target, without query; undefined when it is not a path. */
export function pathOf(target: string): string | undefined {
  let path = target.replace(/[?#].*$/, '');
  if (/^https?:\/\//i.test(path)) path = URL.canParse(path) ? new URL(path).pathname : '';
  if (!path.startsWith('/')) return undefined;
  try {
    return decodeURI(path);
  } catch {
    return undefined;
  }
}

function header(request: ObservedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
