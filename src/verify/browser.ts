/**
 * Checks each page in real Chromium, as a visitor gets it from the served build: it loads the page
 * in a fresh browser context (no shared cache or cookies), refuses and records every request to
 * another origin, weighs what the page loads, then runs the statement links, axe, the keyboard
 * walk and the 320 px reflow. One browser, a few pages at a time.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { GENERATED_PAGES, INBOX_ENDPOINT } from '../journey/urls.ts';
import { checkAccessibility } from './accessibility.ts';
import { checkBudgets, FEATURE_SELECTORS, type PageFeatures, type PageWeight } from './budgets.ts';
import { finding, type Finding } from './findings.ts';
import { checkKeyboard, checkReflow } from './keyboard.ts';
import type { Budgets } from './options.ts';

/** A page to check: a plain GET, or the error page the inbox answers to an empty form without JavaScript. */
export type PageTarget = { kind: 'page'; path: string } | { kind: 'form-error'; formPage: string };

export function targetLabel(target: PageTarget): string {
  return target.kind === 'page' ? target.path : `POST ${INBOX_ENDPOINT} from ${target.formPage} (empty, no JavaScript)`;
}

export interface CheckedResponse {
  url: string;
  headers: Record<string, string>;
}

export interface PageResult {
  label: string;
  target: PageTarget;
  status: number;
  weight: PageWeight;
  features: PageFeatures;
  /** Width of the page at 320 px. */
  width: number;
  findings: Finding[];
  /** Informational lines that are not failures. */
  notes: string[];
  /** The page has a form that posts to the inbox endpoint. */
  inboxForm: boolean;
  /** The document and its first stylesheet and script, with their headers (security headers). */
  responses: CheckedResponse[];
  /** The HTML as served, for a page that is not a file of the build (the form's error page). */
  html?: string;
}

export interface BrowserCheckOptions {
  origin: string;
  budgets: Budgets;
}

interface Loaded {
  body: Promise<Buffer | undefined>;
  type: string;
  response: Response;
}

const LOAD_TIMEOUT_MS = 30_000;

export async function checkPage(browser: Browser, target: PageTarget, options: BrowserCheckOptions): Promise<PageResult> {
  const label = targetLabel(target);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    return await inspect(context, target, label, options);
  } catch (error) {
    // One page that breaks a check (a crash, a navigation away) is a failure of that page, not of the run.
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return emptyResult(label, target, [finding(label, 'page', `could not be checked: ${message}`)]);
  } finally {
    await context.close();
  }
}

async function inspect(context: BrowserContext, target: PageTarget, label: string, options: BrowserCheckOptions): Promise<PageResult> {
  const page = await context.newPage();
  page.setDefaultTimeout(LOAD_TIMEOUT_MS);
  const elsewhere = await refuseOtherOrigins(context, options.origin);
  // What the page's own Content-Security-Policy refuses never reaches the network: record its violation events.
  await page.addInitScript(() => {
    const seen: { blocked: string; directive: string }[] = [];
    (globalThis as { wegwijzerCspViolations?: typeof seen }).wegwijzerCspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push({ blocked: event.blockedURI, directive: event.effectiveDirective }));
  });
  const served = target.kind === 'form-error' ? await withoutPageScripts(context, options.origin) : new Map<string, Record<string, string>>();
  const opened = await open(page, target, options.origin);
  if (opened.answer === null) {
    return emptyResult(label, target, [finding(label, 'page', `does not load: ${opened.problem}`)]);
  }
  const { answer, loaded } = opened;
  const status = answer.status();
  const findings: Finding[] = [];
  const notes: string[] = [];
  if (target.kind === 'page' && status >= 400) findings.push(finding(label, 'page', `answers HTTP ${status}`, ['The sitemap or a built file names this page, but the server does not serve it.']));
  if (target.kind === 'form-error' && status !== 400) notes.push(`the inbox answered the empty form with HTTP ${status}, not with its error page (400)`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));

  const features = await page.evaluate((selectors) => {
    const has = (selector: string) => document.querySelector(selector) !== null;
    return { form: has(selectors.form), video: has(selectors.video), search: has(selectors.search) };
  }, FEATURE_SELECTORS);
  const html = (await answer.body().catch(() => undefined)) ?? Buffer.from('');
  const weight = await weigh(page, html, loaded, target.kind === 'page');
  findings.push(...checkBudgets(label, weight, features, options.budgets));
  findings.push(...(await checkStatements(page, label, options.origin)));
  findings.push(...(await checkResourcesElsewhere(page, label, options.origin, elsewhere)));
  findings.push(...(await checkAccessibility(page, label)));
  findings.push(...(await checkKeyboard(page, label)));
  const reflow = await checkReflow(page, label);
  findings.push(...reflow.findings);
  const inboxForm = await page.evaluate((endpoint) => [...document.forms].some((form) => form.method === 'post' && new URL(form.action, location.href).pathname === endpoint && new URL(form.action).origin === location.origin), INBOX_ENDPOINT);
  const cookies = await context.cookies();
  if (cookies.length > 0) {
    findings.push(finding(label, 'privacy', `sets ${cookies.length === 1 ? 'a cookie' : `${cookies.length} cookies`}: ${cookies.map((cookie) => cookie.name).join(', ')}`, ['Wegwijzer sites set no cookies; the privacy statement says so.']));
  }
  for (const url of new Set(elsewhere)) {
    findings.push(finding(label, 'privacy', `requests ${url} from another origin`, [HOST_IT_HERE]));
  }
  if (target.kind === 'page') {
    const refused = await page.evaluate(() => (globalThis as { wegwijzerCspViolations?: CspViolation[] }).wegwijzerCspViolations ?? []);
    findings.push(...cspRefusals(label, refused, options.origin));
  }
  return {
    label,
    target,
    status,
    weight,
    features,
    width: reflow.width,
    findings,
    notes,
    inboxForm,
    responses: responsesForHeaders(answer, loaded).map((response) => ({ ...response, headers: served.get(response.url) ?? response.headers })),
    ...(target.kind === 'form-error' ? { html: html.toString('utf8') } : {}),
  };
}

const HOST_IT_HERE = 'Host fonts, images and scripts on the site itself (under public/); no request may leave the site unless the visitor asks for it (a video only after a click).';

interface CspViolation {
  /** The URL refused, or `inline` / `eval` for code in the page. */
  blocked: string;
  directive: string;
}

/**
 * What the page's CSP refused: a resource of another origin is a privacy failure (the page tries to
 * contact it), anything else (an inline style attribute or script without a hash) a part of the page
 * that does not work.
 */
function cspRefusals(label: string, violations: readonly CspViolation[], origin: string): Finding[] {
  const findings = new Map<string, Finding>();
  for (const { blocked, directive } of violations) {
    if (/^https?:/.test(blocked) && new URL(blocked).origin !== origin) {
      findings.set(blocked, finding(label, 'privacy', `requests ${blocked} from another origin (its Content-Security-Policy blocks it)`, [HOST_IT_HERE]));
    } else {
      findings.set(`${directive} ${blocked}`, finding(label, 'security', `its Content-Security-Policy blocks part of the page: ${blocked || 'inline'} (${directive})`, [
        'Styles belong in a stylesheet or a <style> block (no style="…" attributes), scripts in <script> blocks Astro bundles (no onclick="…" or define:vars).',
      ]));
    }
  }
  return [...findings.values()];
}

function emptyResult(label: string, target: PageTarget, findings: Finding[]): PageResult {
  return { label, target, status: 0, weight: { javascript: 0, css: 0, html: 0 }, features: { form: false, video: false, search: false }, width: 0, findings, notes: [], inboxForm: false, responses: [] };
}

/** Aborts every request to another origin (verification stays offline) and records its URL. */
async function refuseOtherOrigins(context: BrowserContext, origin: string): Promise<string[]> {
  const elsewhere: string[] = [];
  await context.route(
    (url) => url.origin !== origin && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:'),
    (route) => {
      elsewhere.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return elsewhere;
}

/**
 * Lets the site's pages load as for a visitor without JavaScript: a Content-Security-Policy of
 * `script-src 'none'` is added to every page of the site, so neither its files nor its inline scripts
 * run. (A context with JavaScript switched off would also stop the timers axe needs; code the
 * checks evaluate is not subject to the page's CSP.) Returns the headers the server really sent.
 */
async function withoutPageScripts(context: BrowserContext, origin: string): Promise<Map<string, Record<string, string>>> {
  const served = new Map<string, Record<string, string>>();
  await context.route(
    (url) => url.origin === origin,
    async (route) => {
      if (!route.request().isNavigationRequest()) return route.fallback();
      const response = await route.fetch({ maxRedirects: 0 });
      const headers = response.headers();
      served.set(route.request().url(), headers);
      const policy = [headers['content-security-policy'], "script-src 'none'"].filter((value) => value !== undefined).join(', ');
      return route.fulfill({ response, headers: { ...headers, 'content-security-policy': policy } });
    },
  );
  return served;
}

type Opened = { answer: Response; loaded: Loaded[] } | { answer: null; problem: string };

/** Opens the target and collects every response from the final navigation on. */
async function open(page: Page, target: PageTarget, origin: string): Promise<Opened> {
  let loaded: Loaded[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') loaded.push({ response, type, body: response.body().catch(() => undefined) });
  });
  try {
    if (target.kind === 'page') {
      const answer = await page.goto(`${origin}${target.path}`, { waitUntil: 'load' });
      return answer === null ? { answer: null, problem: 'no response' } : { answer, loaded };
    }
    await page.goto(`${origin}${target.formPage}`, { waitUntil: 'load' });
    loaded = [];
    const form = page.locator(`form[method="post" i][action$="${INBOX_ENDPOINT}"]`).first();
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === INBOX_ENDPOINT),
      form.locator('[type="submit"]').first().click(),
    ]);
    await page.waitForLoadState('load');
    return { answer, loaded };
  } catch (error) {
    return { answer: null, problem: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  }
}

/** Gzipped bytes of the document, its scripts (files and inline code, not JSON-LD) and its CSS (files and inline). */
async function weigh(page: Page, html: Buffer, loaded: Loaded[], javaScript: boolean): Promise<PageWeight> {
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src])')]
      .filter((script) => ['', 'module', 'text/javascript', 'application/javascript'].includes((script.getAttribute('type') ?? '').toLowerCase()))
      .map((script) => script.textContent ?? '')
      .join('\n'),
    styles: [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n'),
  }));
  const gzipped = (text: string | Buffer) => (text.length === 0 ? 0 : gzipSync(text).byteLength);
  let javascript = javaScript ? gzipped(inline.scripts) : 0;
  let css = gzipped(inline.styles);
  for (const item of loaded) {
    const body = await item.body;
    if (body === undefined) continue;
    if (item.type === 'script') javascript += gzipped(body);
    else css += gzipped(body);
  }
  return { javascript, css, html: gzipped(html) };
}

function responsesForHeaders(answer: Response, loaded: Loaded[]): CheckedResponse[] {
  const firstOf = (type: string) => loaded.find((item) => item.type === type)?.response;
  return [answer, firstOf('stylesheet'), firstOf('script')]
    .filter((response): response is Response => response !== undefined)
    .map((response) => ({ url: response.url(), headers: response.headers() }));
}

/** Every page links both statements (their generated addresses). */
async function checkStatements(page: Page, label: string, origin: string): Promise<Finding[]> {
  const statements = [
    { path: GENERATED_PAGES.privacy, name: 'privacy statement' },
    { path: GENERATED_PAGES.accessibility, name: 'accessibility statement' },
  ];
  const linked = await page.evaluate(
    (siteOrigin) => [...document.querySelectorAll('a[href]')].map((link) => new URL(link.getAttribute('href') ?? '', location.href)).filter((url) => url.origin === siteOrigin).map((url) => url.pathname),
    origin,
  );
  return statements
    .filter((statement) => !linked.includes(statement.path))
    .map((statement) => finding(label, 'statements', `does not link the ${statement.name} (${statement.path})`, ['Every page links both statements; the footer of the landing layout does.']));
}

/**
 * Resources the page would load from another origin later (a lazy image, a video poster, an
 * iframe): found in the DOM, so they count even when the browser did not request them yet.
 */
async function checkResourcesElsewhere(page: Page, label: string, origin: string, requested: string[]): Promise<Finding[]> {
  const resources = await page.evaluate(() => {
    const urls: string[] = [];
    const add = (value: string | null) => {
      if (value !== null && value.trim() !== '') urls.push(new URL(value.trim(), location.href).href);
    };
    for (const element of document.querySelectorAll('img[src], iframe[src], script[src], video[src], audio[src], source[src], embed[src], track[src]')) add(element.getAttribute('src'));
    for (const element of document.querySelectorAll('video[poster]')) add(element.getAttribute('poster'));
    for (const element of document.querySelectorAll('object[data]')) add(element.getAttribute('data'));
    for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) add(candidate.trim().split(/\s+/)[0] ?? null);
    }
    for (const element of document.querySelectorAll('link[href]')) {
      const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.some((value) => ['stylesheet', 'preload', 'modulepreload', 'prefetch', 'icon', 'manifest', 'preconnect', 'dns-prefetch'].includes(value))) add(element.getAttribute('href'));
    }
    return urls;
  });
  const elsewhere = [...new Set(resources)].filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin && !requested.includes(url));
  return elsewhere.map((url) => finding(label, 'privacy', `would load ${url} from another origin`, ['Host it on the site itself (under public/).']));
}
