/** Plain-text rendering of problems and the matrix, shared by the build, dev server and CLI. */
import { isGap, type JourneyMatrix } from './matrix.ts';
import type { PageEntry, Problem } from './model.ts';
import { handoffTarget } from './steps.ts';
import { handoffPath } from './urls.ts';
import type { PageReadability } from './readability.ts';
import { formatPlace } from './place.ts';

export { formatPlace } from './place.ts';

export function formatProblem(problem: Problem): string {
  const where = formatPlace(problem);
  const fix = problem.fix.split('\n').map((line) => `    ${line}`).join('\n');
  return `✗ ${where}\n  ${problem.message}\n  How to fix:\n${fix}`;
}

/** `1 page`, `2 pages`: a count with its noun, for the English developer texts (regular plurals only). */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** What a report is about, e.g. `{ title: 'SEO check', noun: 'warning' }`. */
export interface ReportLabels {
  title: string;
  noun: string;
}

export function formatReport(problems: readonly Problem[], labels: ReportLabels = { title: 'Journey check', noun: 'problem' }): string {
  if (problems.length === 0) return `${labels.title}: no ${labels.noun}s.`;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const header = `${labels.title}: ${countOf(problems.length, labels.noun)} in ${countOf(files, 'file')}`;
  return [header, '', ...problems.map(formatProblem).flatMap((block) => [block, ''])].join('\n').trimEnd();
}

/** A page whose CTA hands the visitor off to another site, as `wegwijzer check` lists it. */
export interface HandoffListing {
  page: string;
  file: string;
  phase: string;
  /** The URL the page declares, its host, and the same-site route that counts the click and forwards. */
  href: string;
  host: string;
  route: string;
}

export function listHandoffs(pages: readonly PageEntry[]): HandoffListing[] {
  return pages.flatMap((page) => {
    const href = handoffTarget(page);
    if (href === undefined || !URL.canParse(href)) return [];
    return [{ page: page.url, file: page.file, phase: page.data.phase, href, host: new URL(href).host, route: handoffPath(page.url) }];
  });
}

/** `Hand-offs to other sites: 1` and one line per page: `/bus/tickets/ (beslissing) → tickets.example.nl via /_wegwijzer/naar/bus/tickets/`. */
export function formatHandoffs(handoffs: readonly HandoffListing[]): string {
  if (handoffs.length === 0) return 'Hand-offs to other sites: none.';
  return [`Hand-offs to other sites: ${handoffs.length}`, ...handoffs.map((handoff) => `  ${handoff.page} (${handoff.phase}) → ${handoff.host}  via ${handoff.route}`)].join('\n');
}

export function formatMatrix(matrix: JourneyMatrix): string {
  const header = ['persona', ...matrix.phases.map((phase) => phase.id)];
  const rows = matrix.rows.map((row) => [
    row.persona,
    ...row.cells.map((cell) => (isGap(cell) ? '✗ 0' : cell.required ? String(cell.pages) : cell.pages > 0 ? `(${cell.pages})` : '–')),
  ]);
  const legend = 'number = pages · ✗ 0 = gap (required, no page) · – = not in this journey';
  return [formatTable(header, rows, { rule: true }), '', legend].join('\n');
}

/** A plain-text table with columns padded to their widest cell; optionally a rule under the header. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], { rule = false } = {}): string {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), ...(rule ? [line(widths.map((width) => '─'.repeat(width)))] : []), ...rows.map(line)].join('\n');
}

/** Labels of the warnings about events whose sign-up has closed or that are over. */
export const SIGN_UP_LABELS: ReportLabels = { title: 'Event check', noun: 'warning' };

/** Labels of the B1 findings: warnings, or errors with `readability.strict`. */
export function readabilityLabels(strict: boolean): ReportLabels {
  return strict ? { title: 'B1 check (readability.strict)', noun: 'error' } : { title: 'B1 check', noun: 'warning' };
}

/** The B1 figures per page as a table: words, sentences, their average length, the score, what is too long. */
export function formatReadability(pages: readonly PageReadability[]): string {
  const header = ['page', 'phase', 'words', 'sentences', 'words/sentence', 'Flesch-Douma', 'long sentences', 'long words'];
  const rows = pages.map((page) => [
    page.file,
    page.phase ?? '?',
    String(page.words),
    String(page.sentences),
    String(page.averageSentenceWords),
    page.fleschDouma === null ? '–' : `${page.fleschDouma}${page.fleschDouma < page.targets.minFleschDouma ? ' ✗' : ''}`,
    String(page.longSentences.length),
    String(new Set(page.longWords.map((word) => word.word.toLowerCase())).size),
  ]);
  const legend = 'Flesch-Douma: higher is easier; about 60 and up is B1 (✗ = under the target of the page\'s phase)';
  return ['Plain Dutch (taalniveau B1) per page', '', formatTable(header, rows, { rule: true }), '', legend].join('\n');
}
