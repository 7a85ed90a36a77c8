/** What the site search indexes besides the built pages: the downloads, as documents. */
import { pagePersonas } from '../journey/check.ts';
import type { ContentSnapshot } from '../journey/model.ts';
import { filterValues, type FilterName } from './filters.ts';

/** A document for the index that is not an HTML page (Pagefind's custom record). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
  filters: Record<FilterName, string[]>;
}

/**
 * Every download as a search result of type Document, for the personas and phases of the pages
 * that offer it. A gated document's result leads to the form that offers it (never past it); a
 * free one to its file. A gated document no page offers is left out: there is no way to get it.
 */
export function downloadRecords(content: ContentSnapshot, nextStepAnchor: string, language: string): SearchRecord[] {
  const personas = new Set(content.personas.map((persona) => persona.id));
  return content.downloads.flatMap((download): SearchRecord[] => {
    const offering = content.pages.filter((page) => page.data.cta.download === download.id).sort((a, b) => a.url.localeCompare(b.url));
    const gated = download.data.gate === 'form';
    const [first] = offering;
    if (gated && first === undefined) return [];
    const unique = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => value !== undefined))];
    return [
      {
        url: gated && first !== undefined ? `${first.url}#${nextStepAnchor}` : download.data.file,
        content: `${download.data.title}. ${download.data.description}`,
        language,
        meta: { title: download.data.title },
        filters: filterValues({
          type: 'document',
          personas: unique(offering.flatMap((page) => pagePersonas(page).filter((id) => personas.has(id)))),
          phases: unique(offering.map((page) => page.data.phase)),
        }),
      },
    ];
  });
}
