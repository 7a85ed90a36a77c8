import { describe, expect, it } from 'vitest';
import { resolveStrings, translator } from '../strings/strings.ts';
import { filterGroups } from './filters.ts';
import { resultsTitle, resultSummary, resultTags, searchTexts } from './texts.ts';

const textsFor = (locale: 'nl' | 'en') => {
  const t = translator(resolveStrings({ locale, tone: 'u' }));
  const groups = filterGroups({ persona: [{ value: 'ouders', label: 'Een basisschool kiezen' }], fase: [{ value: 'beslissing', label: t('step.beslissing') }] }, t);
  return searchTexts(t, groups);
};

describe('the texts the search script writes', () => {
  it('says how many results there are, for the term, the filters or both, in the site’s language', () => {
    const nl = textsFor('nl');
    expect(resultSummary(nl, { count: 1, term: 'bus', filtered: false, shown: 1 })).toBe('1 resultaat voor ‘bus’.');
    expect(resultSummary(nl, { count: 3, term: 'bus', filtered: true, shown: 3 })).toBe('3 resultaten voor ‘bus’ met de gekozen filters.');
    expect(resultSummary(nl, { count: 0, term: '', filtered: true, shown: 0 })).toBe('Geen resultaten met de gekozen filters. Probeer een ander woord of minder filters.');
    expect(resultSummary(nl, { count: 80, term: 'bus', filtered: false, shown: 50 })).toBe('80 resultaten voor ‘bus’. De eerste 50 staan hieronder.');
    expect(resultsTitle(nl, { count: 3, term: 'bus' }, 'Zoeken | Voorbeeldstad')).toBe('Zoeken: bus (3 resultaten) – Zoeken | Voorbeeldstad');

    const en = textsFor('en');
    expect(resultSummary(en, { count: 1, term: 'bus', filtered: true, shown: 1 })).toBe('1 result for ‘bus’ with the chosen filters.');
    expect(resultSummary(en, { count: 0, term: 'bus', filtered: false, shown: 0 })).toBe('No results for ‘bus’. Try another word or fewer filters.');
    expect(resultsTitle(en, { count: 2, term: '' }, 'Search | Example')).toBe('Search (2 results) – Search | Example');
  });

  it('names a result’s type, journey and step in the visitor’s words, from the filter ids in the index', () => {
    expect(resultTags(textsFor('nl'), { soort: ['document'], persona: ['ouders'], fase: ['beslissing'] })).toBe('Document · Een basisschool kiezen · Regelen');
    expect(resultTags(textsFor('en'), { soort: ['pagina'], persona: ['ouders'], fase: ['beslissing'] })).toBe('Page · Een basisschool kiezen · Arrange');
  });
});
