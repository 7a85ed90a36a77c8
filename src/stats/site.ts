/**
 * What counting and the funnel need to know of a site, as plain JSON: which paths are pages, which
 * files are downloads, and each content page's place in the journeys (personas, phase, CTA). The
 * integration hands it to the server (virtual module), the CLI builds it from the content on disk;
 * both from the same content snapshot, so live counting, `stats import` and the report agree.
 */
import { journeyPhases, pagePersonas } from '../journey/check.ts';
import type { ContentSnapshot } from '../journey/model.ts';
import { handoffTarget } from '../journey/steps.ts';
import { GENERATED_PAGES, handoffPath, INBOX_ENDPOINT, normalizePath, personaHubPath, thankYouUrl } from '../journey/urls.ts';

export interface StatsPage {
  url: string;
  title: string;
  personas: string[];
  phase: string;
  /**
   * Where the CTA leads: a site path (normalised), an external URL, or a download id. A hand-off
   * (`cta.handoff`) links the page's hand-off route, and `handoff` is the other site's URL.
   */
  cta: { href?: string; download?: string; handoff?: string };
}

export interface StatsSite {
  /** Hosts (`host[:port]`) of the site's `site` URL: a Referer there is a step inside the site. */
  hosts: string[];
  /** Every page path the site serves: content pages, home, hubs, statements, thank-you pages. */
  pages: string[];
  /** The content pages with their place in the journeys, ordered by URL. */
  journeyPages: StatsPage[];
  downloads: { id: string; title: string; file: string; gate: 'form' | 'none' }[];
  /** Ids of the contact requests: a contact request's thank-you page is `/bedankt/<contact-id>/<page>/`. */
  contacts: string[];
  /** The phases in order, and each persona's journey as phase ids in that order. */
  phases: { id: string; label: string }[];
  personas: { id: string; name: string; phases: string[] }[];
}

/** Paths that are routes but never a page a visitor reads: the 404 page and the form endpoint. */
const NOT_PAGES = new Set<string>([GENERATED_PAGES.notFound, INBOX_ENDPOINT]);

export function statsSite(snapshot: ContentSnapshot, siteUrl: string | undefined): StatsSite {
  const journeyPages = snapshot.pages
    .map((page) => ({
      url: page.url,
      title: page.data.title,
      personas: pagePersonas(page),
      phase: page.data.phase,
      cta: statsCta(page),
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
  const downloads = snapshot.downloads.map((download) => ({ id: download.id, title: download.data.title, file: download.data.file, gate: download.data.gate }));
  const pages = new Set([
    ...journeyPages.map((page) => page.url),
    ...snapshot.routes,
    ...snapshot.personas.map((persona) => personaHubPath(persona.id)),
    ...downloads.map((download) => thankYouUrl(download.id)),
  ]);
  return {
    hosts: siteUrl !== undefined && URL.canParse(siteUrl) ? [new URL(siteUrl).host] : [],
    pages: [...pages].filter((path) => !NOT_PAGES.has(path)).sort(),
    journeyPages,
    downloads,
    contacts: (snapshot.contacts ?? []).map((contact) => contact.id),
    phases: snapshot.phases.map(({ id, label }) => ({ id, label })),
    personas: snapshot.personas.map((persona) => ({ id: persona.id, name: persona.data.name, phases: journeyPhases(persona, snapshot.phases).map((phase) => phase.id) })),
  };
}

function statsCta(page: ContentSnapshot['pages'][number]): StatsPage['cta'] {
  const { download, href } = page.data.cta;
  if (download !== undefined) return { download };
  const portal = handoffTarget(page);
  if (portal !== undefined) return { href: handoffPath(page.url), handoff: portal };
  return { href: href?.startsWith('/') ? normalizePath(href) : href };
}

/** The hand-off routes of a site and the URL each forwards to, from the content: all a hand-off may lead to. */
export function handoffRoutes(site: Pick<StatsSite, 'journeyPages'>): Map<string, string> {
  return new Map(site.journeyPages.flatMap((page) => (page.cta.handoff === undefined ? [] : [[handoffPath(page.url), page.cta.handoff] as const])));
}
