/**
 * SEO lint over the same content snapshot as the journey gate: duplicate, missing or too long
 * titles and descriptions. Warnings by default; the `seo.strict` option makes them errors.
 */
import type { PageEntry, Problem } from '../journey/model.ts';
import { isNeverIndexed } from './sitemap.ts';

/** Search engines cut titles and snippets around these lengths. */
export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 160;

type LintedPage = Pick<PageEntry, 'file' | 'url'> & { data: { title: string; description?: string; noindex?: boolean } };

export function lintSeo(pages: readonly LintedPage[]): Problem[] {
  // A page that asks search engines to stay away cannot compete in their results.
  const indexable = pages.filter((page) => page.data.noindex !== true && !isNeverIndexed(page.url));
  const problems: Problem[] = [
    ...duplicates(indexable, 'title', (page) => page.data.title),
    ...duplicates(indexable, 'description', (page) => page.data.description ?? ''),
  ];
  for (const page of indexable) {
    const { title, description = '' } = page.data;
    if (title.length > TITLE_MAX) {
      problems.push({
        file: page.file,
        field: 'title',
        message: `title has ${title.length} characters; search engines show about ${TITLE_MAX}`,
        fix: `Shorten the title to at most ${TITLE_MAX} characters; put the most important words first.`,
      });
    }
    if (description.trim() === '') {
      problems.push({
        file: page.file,
        field: 'description',
        message: 'has no description, so search engines pick a random sentence',
        fix: `Add \`description:\` with one sentence of at most ${DESCRIPTION_MAX} characters about what the visitor finds here.`,
      });
    } else if (description.length > DESCRIPTION_MAX) {
      problems.push({
        file: page.file,
        field: 'description',
        message: `description has ${description.length} characters; search engines show about ${DESCRIPTION_MAX}`,
        fix: `Shorten the description to at most ${DESCRIPTION_MAX} characters.`,
      });
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.field ?? '').localeCompare(b.field ?? ''));
}

function duplicates(pages: readonly LintedPage[], field: 'title' | 'description', valueOf: (page: LintedPage) => string): Problem[] {
  const groups = new Map<string, LintedPage[]>();
  for (const page of pages) {
    const key = valueOf(page).trim().toLowerCase().replace(/\s+/g, ' ');
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const page of group) {
      const others = group.filter((other) => other !== page).map((other) => other.file);
      problems.push({
        file: page.file,
        field,
        message: `same ${field} as ${others.join(', ')}`,
        fix: `Give each page its own ${field}, so search engines show the right page for each question.`,
      });
    }
  }
  return problems;
}
