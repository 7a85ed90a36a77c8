/**
 * The site search's one definition of its filters: each filter's Pagefind name is also the search
 * page's query parameter and the name of its form controls. Pages, the index and the URL carry ids
 * (a persona id, a phase id, a content type); only the search page turns them into the words a
 * visitor reads (the journey's public title, the step's word, the strings' type names), so a
 * site's `locale`, `tone` and `strings` reach the filters without touching the index. Pure and
 * without imports of values, because the search page's script reads it too.
 */
import type { StringKey } from '../strings/catalogue.ts';

/** The query parameter of the search term: `/zoeken/?q=bus`. */
export const QUERY_PARAM = 'q';

/** What a search result is; its label is the strings' `search.type.<type>`. */
export const CONTENT_TYPES = ['pagina', 'overzicht', 'document'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** Filter names, in the order the search page shows them; each one's legend is the strings' `search.filter.<name>`. */
export const FILTERS = ['persona', 'fase', 'soort'] as const;
export type FilterName = (typeof FILTERS)[number];

/** What a page tells the index about itself, besides its text. */
export interface SearchTags {
  type: ContentType;
  /** Ids of the personas the page is for. */
  personas?: readonly string[];
  /** Ids of the phases the page belongs to. */
  phases?: readonly string[];
}

/** The filter values of a page: `{ persona: [...ids], fase: [...ids], soort: ['pagina'] }`. */
export function filterValues(tags: SearchTags): Record<FilterName, string[]> {
  return { persona: [...(tags.personas ?? [])], fase: [...(tags.phases ?? [])], soort: [tags.type] };
}

export interface FilterOption {
  /** In the URL and the index: a persona id, a phase id, a content type. */
  value: string;
  /** What the visitor reads. */
  label: string;
}

export interface FilterGroup {
  name: FilterName;
  legend: string;
  options: FilterOption[];
}

/**
 * The search page's filters: the personas and phases it is given (ids with the visitor's words), and
 * every content type; legends and type names from the site's strings.
 */
export function filterGroups(choices: Readonly<Record<'persona' | 'fase', FilterOption[]>>, t: (key: StringKey) => string): FilterGroup[] {
  const options: Record<FilterName, FilterOption[]> = { ...choices, soort: CONTENT_TYPES.map((type) => ({ value: type, label: t(`search.type.${type}`) })) };
  return FILTERS.map((name) => ({ name, legend: t(`search.filter.${name}`), options: options[name] }));
}

/**
 * Inside the indexed body, what is navigation or a form rather than the page's text: the step
 * indicator, the lead form (its labels and privacy text would match every search for "e-mail").
 */
export const NOT_INDEXED = ['nav', 'form'] as const;
