import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, lintSeo, TITLE_MAX } from './lint.ts';

const page = (file: string, title: string, description: string, noindex?: boolean) => ({
  file: `content/pages/${file}.mdx`,
  url: `/${file}/`,
  data: { title, description, noindex },
});

describe('lintSeo', () => {
  it('finds nothing on distinct, short titles and descriptions', () => {
    expect(lintSeo([page('a', 'Titel A', 'Beschrijving A'), page('b', 'Titel B', 'Beschrijving B')])).toEqual([]);
  });

  it('reports a duplicate title on every page that has it, naming the other files', () => {
    const problems = lintSeo([page('a', 'Aanmelden', 'Een'), page('b', 'aanmelden ', 'Twee'), page('c', 'Anders', 'Drie')]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/pages/a.mdx', field: 'title', message: 'same title as content/pages/b.mdx' }),
      expect.objectContaining({ file: 'content/pages/b.mdx', field: 'title', message: 'same title as content/pages/a.mdx' }),
    ]);
  });

  it('reports duplicate descriptions', () => {
    const problems = lintSeo([page('a', 'A', 'Zelfde tekst.'), page('b', 'B', 'Zelfde  tekst.')]);
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/pages/a.mdx', 'description'],
      ['content/pages/b.mdx', 'description'],
    ]);
  });

  it('reports a missing description and titles or descriptions over the limits', () => {
    const problems = lintSeo([
      page('leeg', 'Leeg', '  '),
      page('lang', 'x'.repeat(TITLE_MAX + 1), 'y'.repeat(DESCRIPTION_MAX + 1)),
      page('precies', 'p'.repeat(TITLE_MAX), 'q'.repeat(DESCRIPTION_MAX)),
    ]);
    expect(problems.map((problem) => `${problem.file} ${problem.field} ${problem.message}`)).toEqual([
      `content/pages/lang.mdx description description has ${DESCRIPTION_MAX + 1} characters; search engines show about ${DESCRIPTION_MAX}`,
      `content/pages/lang.mdx title title has ${TITLE_MAX + 1} characters; search engines show about ${TITLE_MAX}`,
      'content/pages/leeg.mdx description has no description, so search engines pick a random sentence',
    ]);
    for (const problem of problems) expect(problem.fix.length).toBeGreaterThan(10);
  });

  it('ignores noindex pages and thank-you pages: they do not compete in search results', () => {
    expect(lintSeo([page('a', 'Bedankt', 'Dank'), page('b', 'Bedankt', 'Dank', true), page('c', 'z'.repeat(99), '', true)])).toEqual([]);
    expect(lintSeo([page('a', 'Bedankt', 'Dank'), page('bedankt/gids', 'Bedankt', 'Dank')])).toEqual([]);
  });
});
