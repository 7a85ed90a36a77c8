/**
 * `npm run check`: the journey gate without a build. Prints the problems, the persona × phase
 * matrix and its own timing; `--json` prints one JSON document for CI. Exit 1 on problems.
 */
import { runGate, siteGateOptions } from '../content/gate.ts';
import { countOf, formatHandoffs, formatMatrix, formatReadability, formatReport, listHandoffs, readabilityLabels, SIGN_UP_LABELS } from '../journey/report.ts';
import { loadProject } from './project.ts';
import type { Problem } from '../journey/model.ts';
import { commandArgs } from './args.ts';
import { siteTokenWarnings, TokenPackageError } from '../styles/token-package.ts';
import { tokenReportLabels } from '../integration/theme-tokens.ts';

const usage = 'Usage: wegwijzer check [--json] [--root <project folder>]';

export async function run(argv: string[]): Promise<number> {
  const args = commandArgs(argv, usage, { json: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } });
  if (typeof args === 'number') return args;
  const project = await loadProject(args.values.root);
  const result = runGate(await siteGateOptions(project.root, project.publicDir, { ...project.options, site: project.site }, project.srcDir));
  const { snapshot, problems, seoWarnings, signUpWarnings, matrix, readability } = result;
  // SEO and B1 findings only fail the check when the site asks for it, as in the build.
  const strict = project.options.seo.strict;
  // The token package's contrast and font warnings, as the build shows them; a missing package stops the build, so it fails here too.
  const tokens = designTokenWarnings(project.root, project.options);
  const ok = tokens.error === undefined && problems.length === 0 && (!strict || seoWarnings.length === 0) && (!readability.strict || readability.warnings.length === 0);
  if (args.values.json) {
    const stats = { pages: snapshot.pages.length, personas: snapshot.personas.length, downloads: snapshot.downloads.length, checkMs: round(result.checkMs), loadMs: round(result.loadMs) };
    console.log(JSON.stringify({ ok, problems, seo: { strict, warnings: seoWarnings }, signUp: { warnings: signUpWarnings }, readability, tokens, matrix, handoffs: listHandoffs(snapshot.pages), stats }, null, 2));
  } else {
    console.log(formatMatrix(matrix));
    console.log('');
    console.log(formatHandoffs(listHandoffs(snapshot.pages)));
    console.log('');
    console.log(formatReport(problems));
    console.log('');
    if (signUpWarnings.length > 0) console.log(`${formatReport(signUpWarnings, SIGN_UP_LABELS)}\n`);
    console.log(formatReport(seoWarnings, strict ? { title: 'SEO check (seo.strict)', noun: 'error' } : { title: 'SEO check', noun: 'warning' }));
    console.log('');
    console.log(formatReadability(readability.pages));
    console.log('');
    console.log(formatReport(readability.warnings, readabilityLabels(readability.strict)));
    console.log('');
    if (tokens.error !== undefined) console.log(`✗ ${tokens.error}\n`);
    else if (project.options.tokens !== undefined) console.log(`${formatReport(tokens.warnings, tokenReportLabels(project.options.tokens))}\n`);
    console.log(
      `Checked ${countOf(snapshot.pages.length, 'page')}, ${countOf(snapshot.personas.length, 'persona')} and ${countOf(snapshot.downloads.length, 'download')}: ` +
        `journey checks ${round(result.checkMs)} ms, reading files ${round(result.loadMs)} ms.`,
    );
  }
  return ok ? 0 : 1;
}

function designTokenWarnings(root: string, options: { tokens?: string | undefined; theme?: string | undefined }): { warnings: Problem[]; error?: string } {
  try {
    return { warnings: siteTokenWarnings(root, options).problems };
  } catch (error) {
    if (error instanceof TokenPackageError) return { warnings: [], error: `${error.message}\n  ${error.hint}` };
    throw error;
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

