/**
 * Plain Dutch (taalniveau B1) on real sites: the report per page in `wegwijzer check` and its JSON,
 * warnings in check and build, targets per phase, and `readability.strict` making them errors. What
 * the build prints or stops on is asked of its own setup hook (tests/support/setup-hook.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuildSetup } from './support/setup-hook.ts';
import { copyFixtureSite, expectContentStop, wegwijzer, type TempSite } from './support/site.ts';

interface ReadabilityJson {
  ok: boolean;
  readability: {
    strict: boolean;
    pages: { file: string; phase: string; words: number; sentences: number; averageSentenceWords: number; fleschDouma: number | null; targets: { maxSentenceWords: number }; longSentences: { line: number; words: number }[]; longWords: { word: string; line: number }[] }[];
    warnings: { file: string; line?: number; column?: number; message: string; fix: string }[];
  };
}

const sites: TempSite[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) site.dispose();
});

const PAGE = 'content/pages/bus/onderweg.mdx';
const LONG_SENTENCE = 'Deze zin is expres veel te lang, want hij gaat maar door over de bus en de halte en de tijden en de chauffeur en het weer zonder ooit te stoppen.';

/** The example with one page that has a long sentence and a long word, besides a long heading, code and props that are not prose. */
function siteWithHardDutch(options = ''): { site: TempSite; sentenceLine: number; wordLine: number } {
  const site = copyFixtureSite();
  sites.push(site);
  const extra = [
    '',
    '## Een kop die heel erg lang is en die daarom zeker meer dan twintig woorden telt, maar een kop is geen lopende tekst voor de lezer',
    '',
    LONG_SENTENCE,
    '',
    'De vervoersmaatschappij helpt u.',
    '',
    '```',
    'een regel code met heel veel woorden die niet meetellen omdat code geen lopende tekst is voor een lezer van de pagina',
    '```',
    '',
    '<Callout title="Arbeidsongeschiktheidsverzekeringen en andere titels tellen niet mee">',
    '  Kort en goed.',
    '</Callout>',
    '',
  ].join('\n');
  const before = site.read(PAGE);
  site.write(PAGE, `${before}${extra}`);
  const lines = site.read(PAGE).split('\n');
  if (options) site.edit('astro.config.mjs', "theme: './theme.css',", `theme: './theme.css',\n      readability: ${options},`);
  return { site, sentenceLine: lines.indexOf(LONG_SENTENCE) + 1, wordLine: lines.indexOf('De vervoersmaatschappij helpt u.') + 1 };
}

async function checkJson(site: TempSite): Promise<{ code: number | null; report: ReadabilityJson }> {
  const result = await wegwijzer(['check', '--json'], site.root);
  return { code: result.code, report: JSON.parse(result.stdout) as ReadabilityJson };
}

describe('B1 report', () => {
  it('lists every page of the example with its figures, in the text and the JSON of check', async () => {
    const site = copyFixtureSite();
    sites.push(site);
    const text = await wegwijzer(['check'], site.root);
    expect(text.code, text.output).toBe(0);
    expect(text.stdout).toContain('Plain Dutch (taalniveau B1) per page');
    expect(text.stdout).toMatch(/page\s+phase\s+words\s+sentences\s+words\/sentence\s+Flesch-Douma\s+long sentences\s+long words/);
    expect(text.stdout).toContain('B1 check: no warnings.');
    const { report } = await checkJson(site);
    // Every content page of the fixture, however many it has: the home page is not a journey page.
    const contentPages = readdirSync(join(site.root, 'content/pages'), { recursive: true }).filter((file) => String(file).endsWith('.mdx'));
    expect(report.readability.pages.map((page) => page.file).sort()).toEqual(contentPages.map((file) => `content/pages/${String(file)}`).sort());
    for (const page of report.readability.pages) {
      expect(text.stdout, page.file).toMatch(new RegExp(`${page.file}\\s+${page.phase}\\s+${page.words}\\s+${page.sentences}\\s`));
      expect(page.words, page.file).toBeGreaterThan(20);
      expect(page.fleschDouma, page.file).toBeGreaterThanOrEqual(60);
    }
    expect(report.readability.warnings).toEqual([]);
  });

  it('warns about a long sentence and a long word in check and build, and not about headings, code or props', async () => {
    const { site, sentenceLine, wordLine } = siteWithHardDutch();
    const { code, report } = await checkJson(site);
    expect(code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.readability.warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.message}`)).toEqual([
      `${PAGE}:${sentenceLine}:1 sentence of 31 words (B1: at most 20): “Deze zin is expres veel te lang, want hij gaat maar door over de bus en de ha…”`,
      `${PAGE}:${wordLine}:4 1 long word (more than 4 syllables): vervoersmaatschappij (line ${wordLine})`,
    ]);
    const page = report.readability.pages.find((candidate) => candidate.file === PAGE);
    expect(page?.longSentences.map((sentence) => sentence.words)).toEqual([31]);
    expect(page?.longWords.map((word) => word.word)).toEqual(['vervoersmaatschappij']);

    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toContain('[WARN] [wegwijzer] B1 check: 2 warnings in 1 file');
    expect(build.output).toContain(`✗ ${PAGE}, line ${sentenceLine}, column 1\n  sentence of 31 words (B1: at most 20)`);
    expect(build.output).toContain(`✗ ${PAGE}, line ${wordLine}, column 4\n  1 long word (more than 4 syllables): vervoersmaatschappij`);
  });

  it('fails check and build with readability.strict', async () => {
    const { site, sentenceLine } = siteWithHardDutch('{ strict: true }');
    const { code, report } = await checkJson(site);
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.readability.strict).toBe(true);
    const build = await runBuildSetup(site.root);
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain('B1 check (readability.strict): 2 errors in 1 file');
    expect(build.output).toContain(`✗ ${PAGE}, line ${sentenceLine}, column 1`);
    expectContentStop(build.output);
  });

  it('takes the targets of each page’s phase from the options, and refuses a phase that does not exist', async () => {
    const { site } = siteWithHardDutch('{ phases: { gedrag: { maxSentenceWords: 35 } }, targets: { maxWordSyllables: 5 } }');
    const { report } = await checkJson(site);
    // The gedrag page may have sentences of 35 words; no word has more than 5 syllables.
    expect(report.readability.warnings).toEqual([]);
    expect(report.readability.pages.find((page) => page.file === PAGE)?.targets).toEqual({ maxSentenceWords: 35, maxWordSyllables: 5, minFleschDouma: 60 });
    expect(report.readability.pages.find((page) => page.phase === 'orientatie')?.targets.maxSentenceWords).toBe(20);

    site.edit('astro.config.mjs', 'gedrag: {', 'gedrg: {');
    const wrong = await wegwijzer(['check'], site.root);
    expect(wrong.code).not.toBe(0);
    expect(wrong.output).toContain('option `readability.phases.gedrg` names phase `gedrg`, which is not one of the phases (orientatie, overweging, beslissing, gedrag)');
  });
});
