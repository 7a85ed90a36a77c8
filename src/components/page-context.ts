/**
 * The content page being rendered, shared with the MDX components inside it. Editors write
 * `<Cta />` without props, so the component must find the page's CTA somewhere: the page route
 * stores it against `Astro.locals`, which is one object per rendered page. The same way, Faq
 * components pass their questions up to the layout's JSON-LD.
 */
import type { CtaData, DownloadData } from '../journey/schemas.ts';
import type { FaqItem } from '../seo/jsonld.ts';

export interface PageContext {
  cta: CtaData;
  /** The CTA's download, when the CTA offers one. */
  download?: { id: string; data: DownloadData };
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

/** Where the page's CTA leads: its link, or the download card at the end of the page. */
export function ctaHref(context: PageContext): string {
  return context.cta.href ?? `#${NEXT_STEP_ID}`;
}

const faqs = new WeakMap<object, FaqItem[]>();

/** A Faq component hands its questions to the layout, which types the page `FAQPage` with them. */
export function addFaqItems(locals: object, items: readonly FaqItem[]): void {
  faqs.set(locals, [...(faqs.get(locals) ?? []), ...items]);
}

/** Every question the page's Faq components rendered; read by the layout after rendering the body. */
export function faqItemsOf(locals: object): FaqItem[] {
  return faqs.get(locals) ?? [];
}
