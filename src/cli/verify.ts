/**
 * `wegwijzer verify`: proves that the built site in dist/ is accessible, valid, linked, light and
 * private, whatever its content. It serves the build itself (the real Node server for an inbox
 * site, a static server otherwise), checks every page in Chromium (axe, keyboard, reflow, privacy,
 * budgets, statement links) while linkinator follows every link and the W3C Nu checker validates
 * every HTML file, prints a report per page and exits 1 on any failure (2 when it cannot run).
 */
import { availableParallelism } from 'node:os';
import type { Browser } from 'playwright-core';
import { checkPage, type PageTarget } from '../verify/browser.ts';
import { CHROMIUM_HINT, hasChromium, launchChromium } from '../verify/chromium.ts';
import type { Finding } from '../verify/findings.ts';
import { JAVA_HINT, javaCommand, validateHtml } from '../verify/html-validity.ts';
import { checkLinks } from '../verify/links.ts';
import { formatVerifyReport } from '../verify/report.ts';
import { checkSecurityHeaders, expectedSecurityHeaders } from '../verify/security-headers.ts';
import { checkSecurityTxt } from '../verify/security-txt.ts';
import { serve } from '../verify/serve.ts';
import { discoverPages, findBuild } from '../verify/site.ts';
import { loadProject } from './project.ts';
import { commandArgs } from './args.ts';

const usage = `Usage: wegwijzer verify [--root <project folder>] [--external]
  Checks the built site (run \`npm run build\` first): accessibility (axe-core, keyboard, reflow at 320 px),
  links and #fragments (linkinator), HTML validity (W3C Nu checker), privacy, byte budgets, statement links,
  security.txt and, with the inbox, the server's security headers. Needs Chromium and Java.
  --external   also fetch links to other sites (by default they are listed, not fetched)`;

export async function run(argv: string[]): Promise<number> {
  const args = commandArgs(argv, usage, { root: { type: 'string', default: '.' }, external: { type: 'boolean', default: false } });
  if (typeof args === 'number') return args;
  const started = performance.now();
  const project = await loadProject(args.values.root);
  const java = javaCommand();
  const missing = [...(hasChromium() ? [] : [CHROMIUM_HINT]), ...(java === undefined ? [JAVA_HINT] : [])];
  if (missing.length > 0 || java === undefined) {
    console.error(`wegwijzer verify cannot run:\n${missing.join('\n')}`);
    return 2;
  }
  const build = findBuild(project);
  const paths = discoverPages(build.staticDir);
  const { leads, verify } = project.options;
  const served = await serve(build, leads.provider === 'inbox' ? leads.path : undefined);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const opened = browser;
    const options = { origin: served.origin, budgets: verify.budgets };
    const check = (target: PageTarget) => checkPage(opened, target, options);
    const buildValidity = validateHtml({ staticDir: build.staticDir, java });
    const links = checkLinks({ origin: served.origin, site: project.site ?? served.origin, pages: paths, external: args.values.external });
    const pages = await inParallel(paths.map((path): PageTarget => ({ kind: 'page', path })), pagesAtOnce(), check);
    // The inbox answers a form posted without JavaScript with an error page: check it like any page.
    // One post per form page, within the endpoint's rate limit for one address.
    const formPages = served.server ? pages.filter((page) => page.inboxForm && page.target.kind === 'page').map((page) => page.label) : [];
    const rateLimit = leads.provider === 'inbox' ? leads.rateLimitPerMinute : 0;
    const errorPages = await inParallel(formPages.slice(0, rateLimit).map((formPage): PageTarget => ({ kind: 'form-error', formPage })), pagesAtOnce(), check);
    const rendered = new Map(errorPages.flatMap((page) => (page.html === undefined ? [] : [[page.label, page.html] as const])));
    const [buildHtml, renderedHtml, linkReport, securityTxt] = await Promise.all([buildValidity, validateHtml({ rendered, java }), links, checkSecurityTxt(served.origin)]);
    const all = [...pages, ...errorPages];
    const headers = served.server
      ? { findings: checkSecurityHeaders(all.flatMap((page) => page.responses.map((response) => ({ page: page.label, ...response }))), expectedSecurityHeaders(project.site ?? served.origin)), notes: [] }
      : { findings: [], notes: ['static build: security headers come from the web host that serves dist/ (the build writes _headers and an nginx snippet), so they are not checked here'] };
    const findings: Finding[] = [...all.flatMap((page) => page.findings), ...linkReport.findings, ...buildHtml, ...renderedHtml, ...securityTxt, ...headers.findings];
    const skippedForms = formPages.length - Math.min(formPages.length, rateLimit);
    const notes = [
      ...all.flatMap((page) => page.notes.map((note) => `${page.label}: ${note}`)),
      ...(skippedForms > 0 ? [`${skippedForms} form page(s) not posted: the inbox accepts ${rateLimit} posts a minute from one address`] : []),
      ...headers.notes,
    ];
    console.log(
      formatVerifyReport({
        origin: served.origin,
        server: served.server,
        pages: all,
        findings,
        budgets: verify.budgets,
        outside: linkReport.outside,
        external: args.values.external,
        linksChecked: linkReport.checked,
        notes,
        seconds: (performance.now() - started) / 1000,
      }),
    );
    return findings.length === 0 ? 0 : 1;
  } finally {
    await browser?.close();
    await served.stop();
  }
}

/** Pages checked at the same time in the one browser: enough to overlap waiting, few enough for two cores. */
function pagesAtOnce(): number {
  return Math.max(2, Math.min(4, availableParallelism()));
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the order of `items`. */
async function inParallel<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
