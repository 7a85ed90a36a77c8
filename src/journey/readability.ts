/**
 * Plain Dutch (taalniveau B1), the norm of Dutch government communication: per page, how long its
 * sentences are, which words are long, and its Flesch-Douma score, over the prose of the body only
 * (headings, code, component props and link URLs are not prose). Sentences and words come from
 * retext-dutch's parser; syllables from TeX's Dutch hyphenation patterns (the `hyphenopoly` package).
 * Pure: no I/O, no Astro; the loader hands over the prose as text with its places.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Root, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import type { ContentSnapshot, Place, Problem, ProseBlock } from './model.ts';

/** What a page should stay within; the options give one set for all phases and overrides per phase. */
export interface ReadabilityTargets {
  /** A sentence with more words is reported. */
  maxSentenceWords: number;
  /** A word with more syllables is a long word. */
  maxWordSyllables: number;
  /** A page whose Flesch-Douma score is lower is reported. */
  minFleschDouma: number;
}

/** Below this many words a Flesch-Douma score says little, so none is judged. */
export const MIN_WORDS_FOR_SCORE = 40;

export interface LongSentence extends Place {
  words: number;
  /** The sentence, shortened for the report. */
  text: string;
}

export interface LongWord extends Place {
  word: string;
  syllables: number;
}

export interface PageReadability {
  file: string;
  url: string;
  phase?: string;
  words: number;
  sentences: number;
  syllables: number;
  averageSentenceWords: number;
  /** 206.835 − 0.93 × words per sentence − 77 × syllables per word; null without prose. */
  fleschDouma: number | null;
  targets: ReadabilityTargets;
  longSentences: LongSentence[];
  longWords: LongWord[];
}

export interface ReadabilityReport {
  pages: PageReadability[];
  /** One per long sentence, one per page for its long words, one per page under its score target. */
  warnings: Problem[];
}

/** The part of hyphenopoly (which has no types of its own) used here: its synchronous set-up. */
interface Hyphenopoly {
  config(options: { sync: true; require: string[]; hyphen: string; minWordLength: number; loaderSync: (file: string) => Uint8Array }): Map<string, (text: string) => string>;
}
const load = createRequire(import.meta.url);
const { default: hyphenopoly } = load('hyphenopoly') as { default: Hyphenopoly };
// Only the Dutch patterns (47 KB of WebAssembly) are read, at load, from hyphenopoly's own folder
// (resolved here, not by hyphenopoly, so a bundled copy of this module finds them too).
const hyphenateDutch = dutchHyphenator();

function dutchHyphenator(): (word: string) => string {
  const hyphenate = hyphenopoly
    .config({ sync: true, require: ['nl'], hyphen: '|', minWordLength: 1, loaderSync: () => readFileSync(load.resolve('hyphenopoly/patterns/nl.wasm')) })
    .get('nl');
  if (hyphenate === undefined) throw new Error('hyphenopoly did not load its Dutch hyphenation patterns');
  return hyphenate;
}
const parser = unified().use(retextDutch);

/** Syllables of a word: its hyphenation points plus one, per part of a hyphenated compound. */
export function syllables(word: string): number {
  return word
    .split('-')
    .filter((part) => /\p{L}/u.test(part))
    .reduce((sum, part) => sum + hyphenateDutch(part).split('|').length, 0) || 1;
}

export function fleschDouma(words: number, sentences: number, syllableCount: number): number | null {
  if (words === 0 || sentences === 0) return null;
  return Math.round((206.835 - 0.93 * (words / sentences) - 77 * (syllableCount / words)) * 10) / 10;
}

interface Measured {
  words: number;
  sentences: number;
  syllables: number;
  longSentences: LongSentence[];
  longWords: LongWord[];
}

/** What a text's parse says, before any target applies: its sentences with their words. */
interface AnalysedSentence {
  offset: number;
  text: string;
  words: { text: string; offset: number; syllables: number }[];
}

/**
 * Analyses by text. Parsing and hyphenating are most of the gate's time; in `astro dev` the gate
 * runs again after each save, and only the edited text needs them again. Bounded: a long session
 * starts afresh rather than growing without end.
 */
const analyses = new Map<string, AnalysedSentence[]>();
const MAX_ANALYSES = 50_000;

function analyse(text: string, reuse: boolean): AnalysedSentence[] {
  const known = reuse ? analyses.get(text) : undefined;
  if (known !== undefined) return known;
  const sentences: AnalysedSentence[] = [];
  const tree = parser.parse(text) as Root;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const words = wordsOf(sentence).map((word) => {
        const wordText = toString(word);
        return { text: wordText, offset: word.position?.start.offset ?? 0, syllables: /\p{L}/u.test(wordText) ? syllables(wordText) : 1 };
      });
      const start = sentence.position?.start.offset ?? 0;
      const end = sentence.position?.end.offset ?? text.length;
      const pieces = splitAfterPronoun(words).filter((piece) => piece.length > 0);
      pieces.forEach((piece, index) => {
        // A piece runs from its first word (the sentence's start for the first) to the next piece's first word.
        const first = index === 0 ? start : piece[0]!.offset;
        const last = pieces[index + 1]?.[0]?.offset ?? end;
        sentences.push({ offset: first, text: shorten(text.slice(first, last)), words: piece });
      });
    }
  }
  if (reuse) {
    if (analyses.size >= MAX_ANALYSES) analyses.clear();
    analyses.set(text, sentences);
  }
  return sentences;
}

/**
 * The parser takes a single letter with a full stop for an initial ("J. Jansen"), so "Wij helpen
 * u. Daarna …" was one sentence: in Dutch a sentence often ends in "u". Split after a lowercase
 * "u." when a capital follows, unless it stands among initials ("J. u. Jansen" is not Dutch, but
 * "Bel U. Jansen" is: a capital "U." stays an initial).
 */
function splitAfterPronoun<W extends { text: string }>(words: W[]): W[][] {
  const pieces: W[][] = [[]];
  const initial = (word: W | undefined) => word !== undefined && /^\p{L}\.$/u.test(word.text);
  words.forEach((word, index) => {
    const previous = words[index - 1];
    if (previous !== undefined && previous.text === 'u.' && /^\p{Lu}/u.test(word.text) && !initial(words[index - 2]) && !initial(word)) pieces.push([]);
    pieces.at(-1)!.push(word);
  });
  return pieces;
}

/** Measures prose blocks: every block ends a sentence (a list item or cell without a full stop too). */
export function measureProse(blocks: readonly ProseBlock[], targets: ReadabilityTargets, reuse = false): Measured {
  const result: Measured = { words: 0, sentences: 0, syllables: 0, longSentences: [], longWords: [] };
  for (const block of blocks) {
    for (const sentence of analyse(block.text, reuse)) {
      result.sentences++;
      result.words += sentence.words.length;
      if (sentence.words.length > targets.maxSentenceWords) {
        result.longSentences.push({ ...placeIn(block, sentence.offset), words: sentence.words.length, text: sentence.text });
      }
      for (const word of sentence.words) {
        result.syllables += word.syllables;
        if (word.syllables > targets.maxWordSyllables) result.longWords.push({ ...placeIn(block, word.offset), word: word.text, syllables: word.syllables });
      }
    }
  }
  return result;
}

function wordsOf(sentence: Sentence): Word[] {
  return sentence.children.filter((child): child is Word => child.type === 'WordNode' && /[\p{L}\p{N}]/u.test(toString(child)));
}

/** The file place of an offset in a block's text. */
function placeIn(block: ProseBlock, offset: number): Place {
  const part = [...block.parts].reverse().find((candidate) => candidate.offset <= offset) ?? block.parts[0];
  if (part === undefined) return { line: 1, column: 1 };
  const between = block.text.slice(part.offset, offset);
  const newlines = between.split('\n').length - 1;
  if (newlines === 0) return { line: part.line, column: part.column + between.length };
  return { line: part.line + newlines, column: between.length - between.lastIndexOf('\n') };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

/** The report for every page with a readable body, with the targets of the page's phase. */
export function readabilityReport(content: ContentSnapshot, targetsFor: (phase: string | undefined) => ReadabilityTargets, reuse = false): ReadabilityReport {
  const pages: PageReadability[] = [];
  const warnings: Problem[] = [];
  const all = [
    ...content.pages.map((page) => ({ file: page.file, url: page.url, phase: page.data.phase, body: page.body })),
    ...(content.invalidPages ?? []).map((page) => ({ file: page.file, url: page.url, phase: page.phase, body: page.body })),
  ].sort((a, b) => a.file.localeCompare(b.file));
  for (const page of all) {
    if (page.body === undefined) continue;
    const targets = targetsFor(page.phase);
    const measured = measureProse(page.body.prose, targets, reuse);
    const score = fleschDouma(measured.words, measured.sentences, measured.syllables);
    pages.push({
      file: page.file,
      url: page.url,
      ...(page.phase !== undefined && { phase: page.phase }),
      words: measured.words,
      sentences: measured.sentences,
      syllables: measured.syllables,
      averageSentenceWords: measured.sentences === 0 ? 0 : Math.round((measured.words / measured.sentences) * 10) / 10,
      fleschDouma: score,
      targets,
      longSentences: measured.longSentences,
      longWords: measured.longWords,
    });
    warnings.push(...pageWarnings(page.file, page.phase, measured, score, targets));
  }
  return { pages, warnings };
}

function pageWarnings(file: string, phase: string | undefined, measured: Measured, score: number | null, targets: ReadabilityTargets): Problem[] {
  const warnings: Problem[] = measured.longSentences.map((sentence) => ({
    file,
    line: sentence.line,
    column: sentence.column,
    message: `sentence of ${sentence.words} words (B1: at most ${targets.maxSentenceWords}): “${sentence.text}”`,
    fix: 'Split it into shorter sentences, one message each. Long sentences are hard to follow for many readers.',
  }));
  const first = measured.longWords[0];
  if (first !== undefined) {
    const distinct = [...new Map(measured.longWords.map((word) => [word.word.toLowerCase(), word])).values()];
    warnings.push({
      file,
      line: first.line,
      column: first.column,
      message: `${distinct.length} long word${distinct.length === 1 ? '' : 's'} (more than ${targets.maxWordSyllables} syllables): ${distinct
        .map((word) => `${word.word} (line ${word.line})`)
        .join(', ')}`,
      fix: 'Use a shorter, everyday word where there is one, or say it in two words.',
    });
  }
  if (score !== null && measured.words >= MIN_WORDS_FOR_SCORE && score < targets.minFleschDouma) {
    warnings.push({
      file,
      message: `Flesch-Douma score ${score} is below the target ${targets.minFleschDouma}${phase ? ` for phase \`${phase}\`` : ''} (B1)`,
      fix: 'Write shorter sentences and shorter words: the score rises as both get shorter.',
    });
  }
  return warnings;
}
