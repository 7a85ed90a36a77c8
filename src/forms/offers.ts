/**
 * Which page offers which gated download, and for which persona and phase: taken from the
 * content the site was built from, so the inbox does not have to believe the hidden fields of a
 * post. A page offers a download through its CTA (`cta.download`, the card at the end of the
 * page) and through every `<Download id="…" />` in its text; an event likewise (`cta.event`, `<SignUp id="…" />`).
 */
import { thankYouUrl } from '../journey/urls.ts';
import { LEAD_KIND_IDS, LEAD_KINDS, type LeadKind } from './kinds.ts';
import type { Lead } from './validate.ts';

export interface OfferingPage {
  personas: readonly string[];
  phase: string;
  downloads: ReadonlySet<string>;
  /** The events whose sign-up form the page shows (`cta.event`, `<SignUp id="…" />`). */
  events: ReadonlySet<string>;
  /** The contact requests whose form the page shows (`cta.contact`, `<ContactRequest id="…" />`). */
  contacts: ReadonlySet<string>;
}

/** The ids of one kind a page offers. */
export function offered(page: OfferingPage, kind: LeadKind): ReadonlySet<string> {
  return kind === 'download' ? page.downloads : kind === 'event' ? page.events : page.contacts;
}

/** What this module needs of a content page (a PageEntry of src/content/site.ts fits). */
export interface PageSource {
  url: string;
  data: { persona: string | readonly string[]; phase: string; cta: { download?: string | undefined; event?: string | undefined; contact?: string | undefined } };
  /** The page's MDX source. */
  body?: string | undefined;
}

/** `<Download id="x" />` or `<SignUp id='x'>` in MDX, with other props before or after `id`. */
const componentPattern = (name: string) => new RegExp(`<${name}\\b[^>]*?\\bid\\s*=\\s*(?:"([^"]+)"|'([^']+)'|\\{\\s*["']([^"']+)["']\\s*\\})`, 'g');
const COMPONENTS = Object.fromEntries(LEAD_KIND_IDS.map((kind) => [kind, componentPattern(LEAD_KINDS[kind].component)])) as Record<LeadKind, RegExp>;

export function offeringPages(pages: readonly PageSource[]): Map<string, OfferingPage> {
  return new Map(
    pages.map((page) => {
      const ids = (kind: LeadKind) => {
        const found = new Set<string>();
        const inCta = page.data.cta[LEAD_KINDS[kind].cta];
        if (inCta !== undefined) found.add(inCta);
        for (const match of (page.body ?? '').matchAll(COMPONENTS[kind])) found.add(match[1] ?? match[2] ?? match[3] ?? '');
        return found;
      };
      return [page.url, { personas: [page.data.persona].flat(), phase: page.data.phase, downloads: ids('download'), events: ids('event'), contacts: ids('contact') }];
    }),
  );
}

/**
 * Why the lead's context is not what its page offers (the page is unknown, does not offer the
 * download or event, or has another persona or phase), or undefined when it matches.
 */
export function contextProblem(lead: Pick<Lead, 'kind' | 'download' | 'page' | 'persona' | 'phase'>, offers: ReadonlyMap<string, OfferingPage>): string | undefined {
  const page = offers.get(lead.page);
  if (page === undefined) return `page ${lead.page} is not a page of this site`;
  if (!offered(page, lead.kind).has(lead.download)) return `page ${lead.page} does not offer ${lead.kind} ${lead.download}`;
  if (!page.personas.includes(lead.persona)) return `persona ${lead.persona} is not the persona of page ${lead.page}`;
  if (page.phase !== lead.phase) return `phase ${lead.phase} is not the phase of page ${lead.page}`;
  return undefined;
}

/**
 * Where a lead for `download` sent from the page at `page` ends: that page's own thank-you page
 * (thank-you.astro builds one for every page that offers a gated download, with the next step of
 * its journey) when the page offers the download, else the download's. Only pages of the site's
 * own content make a URL, so a posted `page` cannot send the visitor elsewhere. (An event sign-up
 * ends on its own page instead, see src/inbox/signup-page.ts.)
 */
export function leadThankYou(download: string, page: string, offers: ReadonlyMap<string, OfferingPage>, kind: LeadKind = 'download'): string {
  const offering = offers.get(page);
  return offering !== undefined && offered(offering, kind).has(download) ? thankYouUrl(download, page) : thankYouUrl(download);
}
