import type { Problem } from './model.ts';

/** Where a problem is, in words: `content/pages/a.mdx, line 8, column 8 › cta.href`. */
export function formatPlace(problem: Pick<Problem, 'file' | 'line' | 'column' | 'field'>): string {
  const place = problem.line === undefined ? '' : `, line ${problem.line}${problem.column === undefined ? '' : `, column ${problem.column}`}`;
  return `${problem.file}${place}${problem.field ? ` › ${problem.field}` : ''}`;
}
