import { describe, expect, it } from 'vitest';
import { readBody } from '../content/mdx-body.ts';
import { validSite } from './fixtures.ts';
import type { ContentSnapshot } from './model.ts';
import { fleschDouma, measureProse, readabilityReport, syllables, type ReadabilityTargets } from './readability.ts';

const targets: ReadabilityTargets = { maxSentenceWords: 12, maxWordSyllables: 4, minFleschDouma: 60 };

function prose(mdx: string) {
  const reading = readBody(mdx);
  if (!reading.ok) throw new Error(reading.error.message);
  return reading.body.prose;
}

describe('plain Dutch (B1)', () => {
  it('counts Dutch syllables with the hyphenation patterns, per part of a compound with a hyphen', () => {
    expect(syllables('gemeente')).toBe(3);
    expect(syllables('bedrijventerreinen')).toBe(6);
    expect(syllables('ov-chipkaart')).toBe(3);
    expect(syllables('school')).toBe(1);
    // Diaereses, the IJ, an apostrophe and capitals inside a name count as they are spoken.
    expect(syllables('coördinator')).toBe(5);
    expect(syllables('zeeën')).toBe(2);
    expect(syllables('IJsselmeer')).toBe(3);
    expect(syllables("auto's")).toBe(2);
    expect(syllables('VeiligeBuurt')).toBe(4);
  });

  it('computes Flesch-Douma from words, sentences and syllables', () => {
    // 206.835 − 0.93 × 10 − 77 × 1.5 = 82.035
    expect(fleschDouma(100, 10, 150)).toBe(82);
    expect(fleschDouma(0, 0, 0)).toBeNull();
  });

  it('splits sentences with the Dutch parser, keeping abbreviations and list items apart', () => {
    const measured = measureProse(prose('Kom bijv. om 9 uur. Dat kan o.a. op maandag.\n\n- een punt zonder punt\n- nog een'), targets);
    expect(measured.sentences).toBe(4);
    expect(measured.words).toBe(16);
  });

  it('ends a sentence after “u.” before a capital, which the parser takes for an initial, and keeps initials together', () => {
    const measured = measureProse(prose('Wij helpen u. Daarna krijgt u een brief van de gemeente met alle informatie over de regeling.\n\nBel U. Jansen.'), targets);
    expect(measured.sentences).toBe(3);
    expect(measured.longSentences).toEqual([{ line: 1, column: 15, words: 14, text: 'Daarna krijgt u een brief van de gemeente met alle informatie over de regeling.' }]);
    expect(measureProse(prose('Bel J. U. Jansen. Of mail.'), targets).sentences).toBe(2);
    expect(measureProse(prose('Dat is voor u. daarna niet.'), targets).sentences).toBe(1);
  });

  it('reports a long sentence and long words at their line and column', () => {
    const mdx = 'Kort.\n\nDeze zin is veel te lang omdat hij maar doorgaat en doorgaat zonder ooit een punt te zetten.\n\nDe bedrijventerreinen liggen buiten.';
    const measured = measureProse(prose(mdx), targets);
    expect(measured.longSentences).toEqual([{ line: 3, column: 1, words: 18, text: 'Deze zin is veel te lang omdat hij maar doorgaat en doorgaat zonder ooit een …' }]);
    expect(measured.longWords).toEqual([{ line: 5, column: 4, word: 'bedrijventerreinen', syllables: 6 }]);
  });

  it('uses the targets of each page’s phase and warns once per long sentence and once for long words', () => {
    const site = validSite();
    const [first, ...rest] = site.pages;
    const body = readBody('Deze zin is veel te lang omdat hij maar doorgaat en doorgaat zonder ooit een punt te zetten.\n\nDe bedrijventerreinen en de bedrijventerreinen.');
    if (!body.ok) throw new Error('parse');
    const content: ContentSnapshot = { ...site, pages: [{ ...first!, body: body.body }, ...rest] };
    const report = readabilityReport(content, (phase) => (phase === 'orientatie' ? targets : { ...targets, maxSentenceWords: 30 }));
    expect(report.pages.map((page) => [page.file, page.phase, page.words])).toEqual([['content/pages/school/kiezen.mdx', 'orientatie', 23]]);
    expect(report.warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '1:1 sentence of 18 words (B1: at most 12): “Deze zin is veel te lang omdat hij maar doorgaat en doorgaat zonder ooit een …”',
      '3:4 1 long word (more than 4 syllables): bedrijventerreinen (line 3)',
    ]);
  });
});
