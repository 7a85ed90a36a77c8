/**
 * The site search's one definition of its filters: each filter's Pagefind name is also the search
 * page's query parameter and the name of its form controls. Pages carry the visible labels (a
 * persona's name, a phase's label) as filter values; the URL carries the ids. Pure and without
 * imports, because the search page's script reads it too.
 */
import type { Phase } from '../journey/phases.ts';

/** The query parameter of the search term: `/zoeken/?q=bus`. */
export const QUERY_PARAM = 'q';

/** What a search result is; the label is the filter value and what the visitor reads. */
export const CONTENT_TYPES = {
  pagina: 'Pagina',
  overzicht: 'Overzicht',
  document: 'Document',
} as const;
export type ContentType = keyof typeof CONTENT_TYPES;

/** Filter names, in the order the search page shows them. */
export const FILTERS = {
  persona: 'Voor wie',
  fase: 'Fase',
  soort: 'Soort',
} as const;
export type FilterName = keyof typeof FILTERS;

/** What a page tells the index about itself, besides its text. */
export interface SearchTags {
  type: ContentType;
  /** Names of the personas the page is for. */
  personas?: readonly string[];
  /** Labels of the phases the page belongs to. */
  phases?: readonly string[];
}

/** The filter values of a page: `{ soort: ['Pagina'], persona: [...names], fase: [...labels] }`. */
export function filterValues(tags: SearchTags): Record<FilterName, string[]> {
  return { persona: [...(tags.personas ?? [])], fase: [...(tags.phases ?? [])], soort: [CONTENT_TYPES[tags.type]] };
}

export interface FilterOption {
  /** In the URL: a persona id, a phase id, a content type key. */
  value: string;
  /** The label on the page and in the index. */
  label: string;
}

export interface FilterGroup {
  name: FilterName;
  legend: string;
  options: FilterOption[];
}

/** The search page's filters: every persona, every phase, every content type. */
export function filterGroups(personas: readonly { id: string; data: { name: string } }[], phases: readonly Phase[]): FilterGroup[] {
  const options: Record<FilterName, FilterOption[]> = {
    persona: personas.map((persona) => ({ value: persona.id, label: persona.data.name })),
    fase: phases.map((phase) => ({ value: phase.id, label: phase.label })),
    soort: Object.entries(CONTENT_TYPES).map(([value, label]) => ({ value, label })),
  };
  return (Object.keys(FILTERS) as FilterName[]).map((name) => ({ name, legend: FILTERS[name], options: options[name] }));
}

/**
 * Inside the indexed body, what is navigation or a form rather than the page's text: the step
 * indicator, the lead form (its labels and privacy text would match every search for "e-mail").
 */
export const NOT_INDEXED = ['nav', 'form'] as const;
