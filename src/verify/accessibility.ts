/**
 * WCAG 2.2 AA checks with axe-core, run inside the page in real Chromium: every rule tagged for
 * WCAG 2.0, 2.1 and 2.2 levels A and AA. A violation is a finding with the element and axe's help.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { finding, type Finding } from './findings.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource: string | undefined;

/** axe-core's browser build, read once from the pinned package. */
function source(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface Violation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Runs axe on the page as it is now. The page's own Content-Security-Policy does not apply to code Playwright evaluates. */
export async function checkAccessibility(page: Page, label: string): Promise<Finding[]> {
  await page.evaluate(source());
  const violations = await page.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), html: node.html, summary: node.failureSummary ?? '' })),
    }));
  }, AXE_TAGS);
  return violations.map((violation: Violation) =>
    finding(label, 'accessibility', `${violation.id} (${violation.impact}): ${violation.help}`, [
      ...violation.nodes.slice(0, 5).flatMap((node) => [`${node.target}  ${shorten(node.html)}`, ...node.summary.split('\n').filter(Boolean).map((line) => `  ${line.trim()}`)]),
      ...(violation.nodes.length > 5 ? [`… and ${violation.nodes.length - 5} more elements`] : []),
      violation.helpUrl,
    ]),
  );
}

function shorten(html: string): string {
  const line = html.replace(/\s+/g, ' ');
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
