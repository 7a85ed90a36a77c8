/**
 * The content page being rendered, shared with the MDX components inside it. Editors write
 * `<Cta />` without props, so the component must find the page's CTA somewhere: the page route
 * stores it against `Astro.locals`, which is one object per rendered page. The same way, Faq and
 * Download components pass their questions and documents up to the layout's JSON-LD.
 */
import type { CtaData, DownloadData } from '../journey/schemas.ts';
import type { FaqItem, JsonLdNode } from '../seo/jsonld.ts';

export interface PageContext {
  cta: CtaData;
  /** The CTA's download, when the CTA offers one. */
  download?: { id: string; data: DownloadData };
  /** The content page the CTA leads to, when it is one: its description tells what comes next. */
  target?: { title: string; description: string };
  /**
   * A CTA that hands off to another site (`cta.handoff`): the same-site route the button links
   * (it counts and forwards), the other site's host, and the page of the journey's next phase.
   */
  handoff?: { route: string; host: string; next?: { url: string; title: string } };
}

/**
 * Whether a page body places the page's next step itself with `<Cta />` (no props); then the
 * block is not repeated at the end of the page, so a page has one call-to-action block.
 */
export function placesNextStep(body: string | undefined): boolean {
  return body !== undefined && /<Cta\s*\/>/.test(body);
}

/** Anchor of the "next step" block at the end of each content page. */
export const NEXT_STEP_ID = 'volgende-stap';

const contexts = new WeakMap<object, PageContext>();

export function setPageContext(locals: object, context: PageContext): void {
  contexts.set(locals, context);
}

export function getPageContext(locals: object): PageContext | undefined {
  return contexts.get(locals);
}

/** Where the page's CTA leads: its hand-off route, its link, or the download card at the end of the page. */
export function ctaHref(context: PageContext): string {
  return context.handoff?.route ?? context.cta.href ?? `#${NEXT_STEP_ID}`;
}

/** What the components of one page tell the layout's JSON-LD: its questions, documents and events. */
interface PageJsonLd {
  faq: FaqItem[];
  /** DigitalDocument and Event nodes by `@id`, so a download shown twice is described once. */
  nodes: Map<string, JsonLdNode>;
}

const jsonLds = new WeakMap<object, PageJsonLd>();

function pageJsonLd(locals: object): PageJsonLd {
  let entry = jsonLds.get(locals);
  if (entry === undefined) {
    entry = { faq: [], nodes: new Map() };
    jsonLds.set(locals, entry);
  }
  return entry;
}

/** A Faq component hands its questions to the layout, which types the page `FAQPage` with them. */
export function addFaqItems(locals: object, items: readonly FaqItem[]): void {
  pageJsonLd(locals).faq.push(...items);
}

/** A Download card hands its DigitalDocument to the layout, an Event its Event. */
export function addJsonLdNode(locals: object, node: JsonLdNode): void {
  pageJsonLd(locals).nodes.set(node['@id'] ?? String(node.url), node);
}

/** Everything the page's components handed over; read by the layout after rendering the body. */
export function componentJsonLd(locals: object): { faq: FaqItem[]; nodes: JsonLdNode[] } {
  const entry = jsonLds.get(locals);
  return { faq: entry?.faq ?? [], nodes: [...(entry?.nodes.values() ?? [])] };
}
