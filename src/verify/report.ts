/**
 * The report of `wegwijzer verify`: a table of every page checked with its measured sizes, then
 * each failing page with its findings, the site-wide results, and one closing line.
 */
import { formatTable } from '../journey/report.ts';
import { formatBytes, javascriptBudget } from './budgets.ts';
import type { PageResult } from './browser.ts';
import { CHECKS, type Check, type Finding } from './findings.ts';
import type { Budgets } from './options.ts';

export interface VerifyReport {
  origin: string;
  server: boolean;
  pages: readonly PageResult[];
  /** Every finding of every check, also those of the pages. */
  findings: readonly Finding[];
  budgets: Budgets;
  outside: ReadonlyMap<string, ReadonlySet<string>>;
  external: boolean;
  linksChecked: number;
  notes: readonly string[];
  seconds: number;
}

const CHECK_ORDER = Object.keys(CHECKS) as Check[];

export function formatVerifyReport(report: VerifyReport): string {
  const failing = groupByPage(report.findings, report.pages);
  const lines: string[] = [];
  lines.push(`wegwijzer verify: ${report.pages.length} pages served by ${report.server ? 'the site’s Node server (inbox)' : 'a static file server'} at ${report.origin}`, '');
  lines.push(
    formatTable(
      ['', 'page', 'JS', 'CSS', 'HTML+CSS', 'width at 320'],
      report.pages.map((page) => {
        const count = failing.get(page.label)?.length ?? 0;
        const limit = javascriptBudget(page.features, report.budgets);
        return [
          count === 0 ? '✓' : `✗ ${count}`,
          page.label,
          `${formatBytes(page.weight.javascript)}${limit === undefined ? ' (search)' : ''}`,
          formatBytes(page.weight.css),
          formatBytes(page.weight.html + page.weight.css),
          page.width === 0 ? '–' : `${page.width} px`,
        ];
      }),
      { rule: true },
    ),
  );
  const { budgets } = report;
  lines.push(
    '',
    `Budgets, gzipped: JS ${formatBytes(budgets.javascript)} without a form, video or search, ${formatBytes(budgets.formJavaScript)} with a form or video; ` +
      `CSS ${formatBytes(budgets.css)}; HTML+CSS ${formatBytes(budgets.firstRender)} (option verify.budgets).`,
  );

  if (failing.size > 0) {
    lines.push('', 'Failures', '');
    for (const [page, findings] of failing) {
      lines.push(`✗ ${page}`);
      for (const item of findings.sort((a, b) => CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check))) {
        lines.push(`  ${CHECKS[item.check]}: ${item.message}`);
        for (const detail of item.details ?? []) lines.push(`      ${detail}`);
      }
      lines.push('');
    }
  } else {
    lines.push('');
  }

  if (report.outside.size > 0) {
    lines.push(`Links to other sites (${report.outside.size}), ${report.external ? 'checked (--external)' : 'not fetched; `wegwijzer verify --external` checks them'}:`);
    for (const [url, pages] of [...report.outside].sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${url}  (on ${[...pages].sort().join(', ')})`);
    lines.push('');
  }
  for (const note of report.notes) lines.push(`Note: ${note}`);
  if (report.notes.length > 0) lines.push('');
  lines.push(
    `Checked: axe-core WCAG 2.2 A/AA, keyboard (skip link, visible focus), reflow at 320 px, ${report.linksChecked} links and #fragments (linkinator), ` +
      'HTML (W3C Nu checker), privacy (requests to other origins, cookies), budgets, statement links, security.txt' +
      `${report.server ? ', security headers' : ''}.`,
  );
  const total = report.findings.length;
  lines.push(
    total === 0
      ? `✓ All checks passed on ${report.pages.length} pages in ${report.seconds.toFixed(1)} s.`
      : `✗ ${total} failure${total === 1 ? '' : 's'} on ${failing.size} page${failing.size === 1 ? '' : 's'} in ${report.seconds.toFixed(1)} s.`,
  );
  return lines.join('\n');
}

/** Findings per page, the pages in the order of the table, then any others (security.txt, a linked file) by name. */
function groupByPage(findings: readonly Finding[], pages: readonly PageResult[]): Map<string, Finding[]> {
  const order = new Map(pages.map((page, index) => [page.label, index]));
  const rank = (page: string) => order.get(page) ?? pages.length;
  const sorted = [...findings].sort((a, b) => rank(a.page) - rank(b.page) || a.page.localeCompare(b.page));
  const groups = new Map<string, Finding[]>();
  for (const item of sorted) groups.set(item.page, [...(groups.get(item.page) ?? []), item]);
  return groups;
}
