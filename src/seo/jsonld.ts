/**
 * schema.org JSON-LD for every page, as plain objects. One `@graph` per page ties the page, its
 * breadcrumb, the site and the publisher together by `@id`, so search engines read one entity
 * per thing instead of repeated copies.
 */
import { absoluteUrl } from './head.ts';

export type JsonLdNode = { '@type': string; '@id'?: string } & Record<string, unknown>;

export interface Organisation {
  name: string;
  url: string;
  logo?: string;
}

export interface Crumb {
  name: string;
  url: string;
}

/** The language of a Dutch site; pages pass the site's own (src/strings/strings.ts LOCALES). */
export const LANGUAGE = 'nl-NL';

export function organisationId(site: URL | string): string {
  return absoluteUrl(site, '/#organisatie');
}

export function websiteId(site: URL | string): string {
  return absoluteUrl(site, '/#website');
}

export function governmentOrganization(site: URL | string, organisation: Organisation): JsonLdNode {
  return {
    '@type': 'GovernmentOrganization',
    '@id': organisationId(site),
    name: organisation.name,
    url: organisation.url,
    ...(organisation.logo === undefined ? {} : { logo: { '@type': 'ImageObject', url: absoluteUrl(site, organisation.logo) } }),
  };
}

export function website(site: URL | string, name: string, language = LANGUAGE): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': websiteId(site),
    url: absoluteUrl(site, '/'),
    name,
    inLanguage: language,
    publisher: { '@id': organisationId(site) },
  };
}

export interface WebPageInput {
  canonical: string;
  title: string;
  description: string;
  image?: string;
  datePublished?: Date;
  /** The questions of the page's Faq components; with any, the page is a FAQPage. */
  faq?: readonly FaqItem[];
  /** BCP 47 language of the page; default Dutch. */
  language?: string;
}

/**
 * The page itself. A page with questions and answers is typed `FAQPage` (a kind of WebPage) with
 * the questions as its main entity: search engines expect the page to be the FAQPage, not a
 * second page-like node beside it.
 */
export function webPage(site: URL | string, page: WebPageInput): JsonLdNode {
  const faq = page.faq ?? [];
  return {
    '@type': faq.length > 0 ? 'FAQPage' : 'WebPage',
    '@id': `${page.canonical}#webpagina`,
    url: page.canonical,
    name: page.title,
    description: page.description,
    inLanguage: page.language ?? LANGUAGE,
    isPartOf: { '@id': websiteId(site) },
    publisher: { '@id': organisationId(site) },
    breadcrumb: { '@id': `${page.canonical}#kruimelpad` },
    ...(page.image === undefined ? {} : { primaryImageOfPage: { '@type': 'ImageObject', url: page.image } }),
    ...(page.datePublished === undefined ? {} : { datePublished: page.datePublished.toISOString().slice(0, 10) }),
    ...(faq.length === 0 ? {} : { mainEntity: faq.map(question) }),
  };
}

export function breadcrumbList(canonical: string, crumbs: readonly Crumb[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    '@id': `${canonical}#kruimelpad`,
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export interface DocumentInput {
  title: string;
  description: string;
  file: string;
  format: string;
  gate: 'form' | 'none';
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  epub: 'application/epub+zip',
  txt: 'text/plain',
};

/** The IANA media type of a file, by its extension; the editor's `format` text when unknown. */
export function mediaType(file: string, format: string): string {
  const extension = file.split('.').pop()?.toLowerCase() ?? '';
  return MEDIA_TYPES[extension] ?? format;
}

/**
 * A document offered on `page`. A gated document is found at the page with its form, not at its
 * file: telling search engines the file's address would let them send visitors past the form.
 */
export function digitalDocument(site: URL | string, document: DocumentInput, page: string, id: string, language = LANGUAGE): JsonLdNode {
  const url = document.gate === 'form' ? absoluteUrl(site, page) : absoluteUrl(site, document.file);
  return {
    '@type': 'DigitalDocument',
    '@id': document.gate === 'form' ? `${url}#document-${id}` : url,
    url,
    name: document.title,
    description: document.description,
    encodingFormat: mediaType(document.file, document.format),
    inLanguage: language,
    publisher: { '@id': organisationId(site) },
  };
}

export interface FaqItem {
  question: string;
  answer: string;
}

function question(item: FaqItem): JsonLdNode {
  return { '@type': 'Question', name: item.question, acceptedAnswer: { '@type': 'Answer', text: item.answer } };
}

/** One JSON-LD document; `<` is escaped so no text can close the surrounding `<script>`. */
export function serializeJsonLd(nodes: readonly JsonLdNode[]): string {
  const document = nodes.length === 1 ? { '@context': 'https://schema.org', ...nodes[0] } : { '@context': 'https://schema.org', '@graph': nodes };
  return JSON.stringify(document).replace(/</g, '\\u003c');
}
