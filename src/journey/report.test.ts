import { describe, expect, it } from 'vitest';
import { checkJourneys } from './check.ts';
import { page, persona, validSite } from './fixtures.ts';
import { buildMatrix, isGap } from './matrix.ts';
import { countOf, formatHandoffs, formatMatrix, formatReport, listHandoffs } from './report.ts';
import { normalizePath, pageUrl } from './urls.ts';

describe('buildMatrix', () => {
  it('counts pages per persona and phase and marks gaps only in required phases', () => {
    const site = { ...validSite(), personas: [persona('ouders'), persona('reizigers', { phases: ['orientatie'] })] };
    const matrix = buildMatrix(site);
    expect(matrix.rows[0]?.cells.map((c) => c.pages)).toEqual([1, 1, 1, 1]);
    const reizigers = matrix.rows[1]!;
    expect(reizigers.cells.filter(isGap).map((c) => c.phase)).toEqual(['orientatie']);
    expect(reizigers.cells.find((c) => c.phase === 'gedrag')).toEqual({ phase: 'gedrag', pages: 0, required: false });
  });

  it('renders as a table with gaps marked', () => {
    const site = { ...validSite(), personas: [persona('ouders'), persona('reizigers', { phases: ['orientatie'] })] };
    const lines = formatMatrix(buildMatrix(site)).split('\n');
    expect(lines[0]).toMatch(/^persona\s+orientatie\s+overweging\s+beslissing\s+gedrag$/);
    expect(lines[2]).toMatch(/^ouders\s+1\s+1\s+1\s+1$/);
    expect(lines[3]).toMatch(/^reizigers\s+✗ 0\s+–\s+–\s+–$/);
  });
});

describe('formatReport', () => {
  it('says so when there is nothing to fix', () => {
    expect(formatReport([])).toBe('Journey check: no problems.');
  });

  it('prints every problem with file, field, message and fix', () => {
    const report = formatReport(checkJourneys({ ...validSite(), publicFiles: new Set() }));
    expect(report).toContain('Journey check: 1 problem in 1 file');
    expect(report).toContain('✗ content/downloads/gids.yaml › file\n  `/brochures/gids.pdf` does not exist under public/\n  How to fix:\n    Put the document');
  });
});

describe('page URLs', () => {
  it.each([
    ['basisschool/open-dag.mdx', undefined, '/basisschool/open-dag/'],
    ['bus/index.mdx', undefined, '/bus/'],
    ['index.mdx', undefined, '/'],
    ['a/b.mdx', 'anders/pad', '/anders/pad/'],
    ['a/b.mdx', '/anders/', '/anders/'],
  ])('%s with slug %s is %s', (file, slug, url) => {
    expect(pageUrl(file, slug)).toBe(url);
  });

  it('normalises paths', () => {
    expect(normalizePath('/a/b?x=1#y')).toBe('/a/b/');
    expect(normalizePath('a')).toBe('/a/');
  });
});

describe('listHandoffs', () => {
  it('lists each page that hands off, with the other site’s host and the route that counts the click', () => {
    const pages = validSite().pages.map((entry) => (entry.url === '/school/aanmelden/' ? page('school/aanmelden', 'ouders', 'beslissing', { label: 'Meld aan', href: 'https://loket.example.org/aanmelden', handoff: true }) : entry));
    expect(listHandoffs(pages)).toEqual([
      { page: '/school/aanmelden/', file: 'content/pages/school/aanmelden.mdx', phase: 'beslissing', href: 'https://loket.example.org/aanmelden', host: 'loket.example.org', route: '/_wegwijzer/naar/school/aanmelden/' },
    ]);
    expect(formatHandoffs(listHandoffs(pages))).toBe('Hand-offs to other sites: 1\n  /school/aanmelden/ (beslissing) → loket.example.org  via /_wegwijzer/naar/school/aanmelden/');
    expect(formatHandoffs(listHandoffs(validSite().pages))).toBe('Hand-offs to other sites: none.');
  });
});

describe('countOf', () => {
  it('writes one without and every other count with the plural s', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'persona'))).toEqual(['0 personas', '1 persona', '2 personas']);
    expect(formatReport([{ file: 'content/a.mdx', message: 'm', fix: 'f' }])).toMatch(/^Journey check: 1 problem in 1 file\n/);
  });
});
