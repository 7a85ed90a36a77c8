/** URL helpers shared by the checks and the routes, so both agree on every page's address. */

/** `/a/b` → `/a/b/`; strips query and hash; `/` stays `/`. */
export function normalizePath(path: string): string {
  const bare = path.replace(/[?#].*$/, '');
  const withLead = bare.startsWith('/') ? bare : `/${bare}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/**
 * The site path of a full URL on the site's own host (`site` in astro.config.mjs):
 * `https://www.voorbeeldstad.nl/bus/?a#b` → `/bus/?a#b`. Undefined for another host, another
 * scheme than http(s), or when the site is not known. Wegwijzer serves a site from the root of its
 * host (no `base`), so the host alone says the link stays on the site.
 */
export function ownSitePath(href: string, site: string | undefined): string | undefined {
  if (site === undefined || !URL.canParse(href) || !URL.canParse(site)) return undefined;
  const url = new URL(href);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.host !== new URL(site).host) return undefined;
  return decodeURI(url.pathname) + url.search + url.hash;
}

/**
 * The site path a link names, resolved against the page's URL when relative: a site path, a
 * relative path, or a full URL on the site's own host (see ownSitePath); undefined for a link that
 * leaves the site (another host, `mailto:`, `//host`) or stays on the page (`#kop`).
 */
export function sitePath(href: string, pageUrl: string, site?: string): string | undefined {
  const trimmed = href.trim();
  const own = ownSitePath(trimmed, site);
  if (own !== undefined) return own;
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('?') || trimmed.startsWith('//') || /^[a-z][a-z\d+.-]*:/i.test(trimmed)) return undefined;
  if (trimmed.startsWith('/')) return trimmed;
  const base = new URL(pageUrl, 'https://site.invalid');
  const resolved = new URL(trimmed, base);
  return decodeURI(resolved.pathname) + resolved.search + resolved.hash;
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

/**
 * The thank-you page of a download requested on the content page at `pageUrl`:
 * `/bedankt/<download-id>/<page path>/` (`/bedankt/schoolgids/basisschool/kiezen/`), which shows the
 * next step of that page's journey, so two journeys offering one download each keep their own.
 * Without a page (a link, a form on no content page): the download's own, `/bedankt/<download-id>/`.
 */
export function thankYouUrl(downloadId: string, pageUrl?: string): string {
  const page = pageUrl === undefined ? undefined : restParam(normalizePath(pageUrl));
  return `${THANK_YOU_PREFIX}${downloadId}/${page === undefined ? '' : `${page}/`}`;
}

/** What a thank-you URL names (the inverse of thankYouUrl): its download and, if any, the page the request came from. */
export function thankYouTarget(path: string): { download: string; page?: string } | undefined {
  if (!path.startsWith(THANK_YOU_PREFIX) || !path.endsWith('/')) return undefined;
  const [download = '', ...page] = path.slice(THANK_YOU_PREFIX.length, -1).split('/');
  if (download === '') return undefined;
  return page.length === 0 ? { download } : { download, page: `/${page.join('/')}/` };
}

/** The inbox's on-demand endpoint that receives form posts. */
export const INBOX_ENDPOINT = '/aanvraag/';

/**
 * The page of one event sign-up, `/aanmelding/<token>/`: on demand, for its holder only (the token
 * is signed, src/inbox/signup-token.ts). It shows the status and cancels. A sign-up kept apart as
 * suspected spam ends on `/aanmelding/ontvangen/`, which has no token.
 */
export const SIGN_UP_PREFIX = '/aanmelding/';
export const SIGN_UP_RECEIVED = 'ontvangen';

export function signUpPath(token: string): string {
  return `${SIGN_UP_PREFIX}${token}/`;
}

/** Pages Wegwijzer generates at fixed addresses: one table for the routes, links and the gate. */
export const GENERATED_PAGES = {
  home: '/',
  notFound: '/404/',
  privacy: '/privacy/',
  accessibility: '/toegankelijkheid/',
  search: '/zoeken/',
} as const;

/**
 * Tools for the site's own team (the journey map) and the hand-off routes live under this prefix:
 * never indexed, never in search, never a content page.
 */
export const TOOLS_PREFIX = '/_wegwijzer/';

/**
 * A page whose CTA hands the visitor off to another site (`cta.handoff`) links this same-site
 * route instead, which counts the click and forwards to the declared URL:
 * `/bus/tickets/` → `/_wegwijzer/naar/bus/tickets/`. The target comes from the content, by the page's
 * path; nothing in the request chooses it.
 */
export const HANDOFF_PREFIX = `${TOOLS_PREFIX}naar/`;

/** The hand-off route of the content page at `pageUrl`. */
export function handoffPath(pageUrl: string): string {
  return `${HANDOFF_PREFIX}${restParam(normalizePath(pageUrl)) ?? ''}/`;
}

/** The content page a hand-off route names (the inverse of handoffPath), or undefined for any other path. */
export function handoffPage(path: string): string | undefined {
  if (!path.startsWith(HANDOFF_PREFIX) || path.length <= HANDOFF_PREFIX.length) return undefined;
  return normalizePath(path.slice(HANDOFF_PREFIX.length - 1));
}

/** The journey map: always in `astro dev`, in a build only with the `journeyMap` option. */
export const JOURNEY_MAP_PATH = `${TOOLS_PREFIX}reis/`;

/** The component gallery, served by `astro dev` only. */
export const GALLERY_PATH = `${TOOLS_PREFIX}componenten/`;

/** Astro's route pattern for a page path: `/privacy/` → `/privacy` (so `/404` still builds 404.html). */
export function routePattern(path: string): string {
  return path === '/' ? path : path.replace(/\/$/, '');
}


/**
 * Link-preview images are written after the build under this path, mirroring the pages:
 * `/bus/proefreis/` → `/og/bus/proefreis.png` (src/og/og-image.ts). Files, not injected routes.
 */
export const OG_PREFIX = '/og/';

/** The generated link-preview image of the page at `pathname` (`/bus/`, `/404.html`). */
export function ogImagePath(pathname: string): string {
  const name = pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `${OG_PREFIX}${name === '' ? 'index' : name}.png`;
}

/** The calendar files of the `Event` component: `/agenda/<event anchor>.ics` (src/routes/event.ics.ts). */
export const EVENT_FILES_PREFIX = '/agenda/';

/** The calendar file of an event, by its anchor on the page (src/seo/event.ts `eventAnchor`). */
export function eventFilePath(anchor: string): string {
  return `${EVENT_FILES_PREFIX}${anchor}.ics`;
}

/** Persona hubs live under this prefix. */
export const PERSONA_HUB_PREFIX = '/voor/';

/** The hub of a persona, listing its journey: `/voor/<persona id>/`. */
export function personaHubPath(personaId: string): string {
  return `${PERSONA_HUB_PREFIX}${personaId}/`;
}

/** What the generated routes depend on: the ids in the content, and whether the inbox serves leads. */
export interface RouteContext {
  personaIds: readonly string[];
  downloadIds: readonly string[];
  /** The default lead provider: the site has its own on-demand endpoint. */
  inbox: boolean;
  /** URLs of the content pages whose CTA is a hand-off (`cta.handoff`): each gets its hand-off route. */
  handoffPages?: readonly string[];
  /** `astro dev`, which also serves the dev-only routes; absent: a build (what the gate judges). */
  dev?: boolean;
}

export interface GeneratedRoute {
  /** Astro's route pattern. */
  pattern: string;
  /** The route's file under src/routes/ (or another folder of the package, relative to src/). */
  entrypoint: string;
  /** Injected only with the default inbox provider (the on-demand lead endpoint). */
  inboxOnly?: true;
  /** Injected only by `astro dev` (the component gallery): never built, so no link may name it. */
  devOnly?: true;
  /** Every URL the route serves for this content. */
  urls(context: RouteContext): string[];
}

/** Whether the integration injects this route for a site. */
export function isInjected(route: GeneratedRoute, context: Pick<RouteContext, 'inbox' | 'dev'>): boolean {
  return (route.inboxOnly !== true || context.inbox) && (route.devOnly !== true || context.dev === true);
}

const fixed = (path: string, entrypoint: string): GeneratedRoute => ({ pattern: routePattern(path), entrypoint, urls: () => [path] });

/**
 * Every route Wegwijzer injects besides the content pages: one table that the integration injects
 * from and the gate reads (a CTA may link to these URLs, a content page may not take them).
 */
export const GENERATED_ROUTES: readonly GeneratedRoute[] = [
  fixed(GENERATED_PAGES.home, 'routes/home.astro'),
  fixed(GENERATED_PAGES.notFound, 'routes/404.astro'),
  fixed(GENERATED_PAGES.privacy, 'routes/privacy.astro'),
  fixed(GENERATED_PAGES.accessibility, 'routes/accessibility.astro'),
  fixed(GENERATED_PAGES.search, 'routes/search.astro'),
  fixed('/robots.txt', 'routes/robots.txt.ts'),
  fixed('/.well-known/security.txt', 'routes/security.txt.ts'),
  { pattern: `${PERSONA_HUB_PREFIX}[persona]`, entrypoint: 'routes/persona.astro', urls: (context) => context.personaIds.map(personaHubPath) },
  // Also one per page that offers a gated download (thankYouUrl with the page): only the lead form leads there, so no link of an editor's needs their URLs.
  { pattern: `${THANK_YOU_PREFIX}[download]/[...from]`, entrypoint: 'routes/thank-you.astro', urls: (context) => context.downloadIds.map((id) => thankYouUrl(id)) },
  { pattern: INBOX_ENDPOINT, entrypoint: 'inbox/endpoint.astro', inboxOnly: true, urls: () => [INBOX_ENDPOINT] },
  // One per page whose CTA hands off to another site: counts the click and forwards (src/routes/handoff.astro; the inbox server answers 303).
  { pattern: `${HANDOFF_PREFIX}[...page]`, entrypoint: 'routes/handoff.astro', urls: (context) => (context.handoffPages ?? []).map(handoffPath) },
  // Personal (a token per sign-up): only the sign-up form leads there, never an editor's link.
  { pattern: `${SIGN_UP_PREFIX}[token]`, entrypoint: 'inbox/signup.astro', inboxOnly: true, urls: () => [] },
  // Made from the `<Event>`s in the MDX; only the Event component links them, so no link of an editor's needs their URLs.
  { pattern: `${EVENT_FILES_PREFIX}[event].ics`, entrypoint: 'routes/event.ics.ts', urls: () => [] },
  // For designers and editors: every MDX component with its MDX.
  { ...fixed(GALLERY_PATH, 'gallery/gallery.astro'), devOnly: true },
];

/** Files other integrations write into the build that links may name (the sitemap of @astrojs/sitemap). */
export const GENERATED_FILES = ['/sitemap-index.xml'] as const;

/** The URLs of every generated route for this content. */
export function generatedUrls(context: RouteContext): string[] {
  return GENERATED_ROUTES.filter((route) => isInjected(route, context)).flatMap((route) => route.urls(context));
}
