/**
 * The texts the search page's script writes (the result count, the page title, the line under each
 * result), from the site's strings at build time. They travel with the search form (its
 * `data-search` attribute), so the script writes the site's own words without carrying the string
 * catalogue; the functions that put them together are here too, pure, for the script and the tests.
 */
import { format } from '../strings/format.ts';
import type { Translate } from '../strings/strings.ts';
import type { FilterGroup, FilterName } from './filters.ts';

export interface SearchTexts {
  /** The page's heading, and with a term: `Zoeken: {term}`. */
  title: string;
  titleTerm: string;
  /** `Geen resultaten`, `1 resultaat`, `{count} resultaten`. */
  none: string;
  one: string;
  many: string;
  /** The count with the term, the filters or both: `{count} voor ‘{term}’.` */
  foundTerm: string;
  foundFilters: string;
  foundTermFilters: string;
  tryOther: string;
  firstShown: string;
  failed: string;
  /** Each filter value's words, for the line under a result: `{ persona: { ouders: 'Voor ouders…' } }`. */
  labels: Record<FilterName, Record<string, string>>;
}

export function searchTexts(t: Translate, groups: readonly FilterGroup[]): SearchTexts {
  return {
    title: t('search.title'),
    titleTerm: t('search.titleTerm'),
    none: t('search.none'),
    one: t('search.one'),
    many: t('search.many'),
    foundTerm: t('search.foundTerm'),
    foundFilters: t('search.foundFilters'),
    foundTermFilters: t('search.foundTermFilters'),
    tryOther: t('search.tryOther'),
    firstShown: t('search.firstShown'),
    failed: t('search.failed'),
    labels: Object.fromEntries(groups.map((group) => [group.name, Object.fromEntries(group.options.map((option) => [option.value, option.label]))])) as SearchTexts['labels'],
  };
}

function countText(texts: SearchTexts, count: number): string {
  return count === 0 ? texts.none : count === 1 ? texts.one : format(texts.many, { count });
}

export interface SearchOutcome {
  /** Results in all. */
  count: number;
  /** The term as searched (trimmed); empty for filters alone. */
  term: string;
  filtered: boolean;
  /** Results listed on the page (at most a fixed number). */
  shown: number;
}

/** What the status region announces: `3 resultaten voor ‘bus’ met de gekozen filters.` */
export function resultSummary(texts: SearchTexts, { count, term, filtered, shown }: SearchOutcome): string {
  const template = term === '' ? texts.foundFilters : filtered ? texts.foundTermFilters : texts.foundTerm;
  const found = format(template, { count: countText(texts, count), term });
  if (count === 0) return `${found} ${texts.tryOther}`;
  return shown < count ? `${found} ${format(texts.firstShown, { shown })}` : found;
}

/** The document title while results are shown: `Zoeken: bus (3 resultaten) – <the page's title>`. */
export function resultsTitle(texts: SearchTexts, { count, term }: Pick<SearchOutcome, 'count' | 'term'>, pageTitle: string): string {
  return `${term === '' ? texts.title : format(texts.titleTerm, { term })} (${countText(texts, count)}) – ${pageTitle}`;
}

/** The line under a result: its type, personas and steps in the visitor's words. */
export function resultTags(texts: SearchTexts, filters: Readonly<Record<string, readonly string[]>>): string {
  const words = (name: FilterName) => (filters[name] ?? []).map((value) => texts.labels[name][value] ?? value);
  return [...words('soort'), ...words('persona'), ...words('fase')].join(' · ');
}
