/**
 * The site search on the built fixture (the run's one build, with the default inbox provider, so the
 * static pages are in dist/client/): the Pagefind index the build writes, what it holds, and the
 * search page and the header's search box in real Chromium against the site's own server (as
 * `npm start` serves it, with its Content-Security-Policy), with and without JavaScript, and axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateOptions, runGate } from '../src/content/gate.ts';
import { loadProject } from '../src/cli/project.ts';
import { pagePersonas } from '../src/journey/check.ts';
import { journeyTitle } from '../src/journey/steps.ts';
import type { ContentSnapshot } from '../src/journey/model.ts';
import { axeViolations } from './support/axe.ts';
import { builtFixture, type BuiltSite } from './support/built.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { get, serveExampleSite, type ServedSite } from './support/server.ts';

/** A word only the body of /bus/proefreis/ has. */
const RARE_WORD = 'servicepunt';
/** A word in pages of all three personas. */
const COMMON_WORD = 'gratis';
/** A word only the body of /bus/onderweg/ has, a `noindex` page. */
const NOINDEX_WORD = 'vervoerder';

let built: BuiltSite;
let snapshot: ContentSnapshot;

beforeAll(async () => {
  built = builtFixture();
  const project = await loadProject(built.site.root);
  snapshot = runGate(gateOptions(built.site.root, 'public', project.options)).snapshot;
});

describe('the search index', () => {
  it('is written into the static output by the build: dist/client/ with the inbox', () => {
    expect(built.dir.endsWith('/dist/client')).toBe(true);
    expect(built.exists('pagefind/pagefind.js')).toBe(true);
    // Every page whose body is marked, and no other.
    const entry = JSON.parse(built.read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const marked = built.htmlFiles.filter((file) => built.read(file).includes('data-pagefind-body'));
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(marked.length + snapshot.downloads.length);
  });

  it('marks the body of indexable pages only, with persona and phase ids and the content type as filters', () => {
    const filters = (file: string) => [...built.read(file).matchAll(/<span data-pagefind-filter="(\w+)">([^<]*)<\/span>/g)].map((match) => `${match[1]}=${match[2]}`);
    expect(filters('basisschool/open-dagen/index.html')).toEqual(['persona=ouders', 'fase=overweging', 'soort=pagina']);
    expect(filters('voor/reizigers/index.html')).toEqual(['persona=reizigers', 'soort=overzicht']);
    for (const file of ['404.html', 'zoeken/index.html', 'bedankt/schoolgids/index.html', 'bus/onderweg/index.html']) {
      expect(built.read(file), file).not.toContain('data-pagefind-body');
    }
    expect(built.read('bus/index.html')).toMatch(/<main [^>]*data-pagefind-body/);
  });
});

describe.skipIf(skipWithoutChromium('search in Chromium'))('searching in Chromium', () => {
  let served: ServedSite;
  let server: ServedSite['server'];
  let browser: Browser;
  /** Requests to anything but the site itself. */
  const elsewhere: string[] = [];

  beforeAll(async () => {
    served = await serveExampleSite();
    server = served.server;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.dispose();
  });

  /** `bypassCSP` only to inject axe: every other check runs under the site's own policy. */
  async function open(path: string, javaScriptEnabled = true, bypassCSP = false): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled, bypassCSP });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(server.origin)) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${server.origin}${path}`);
    return page;
  }

  const status = (page: Page) => page.locator('[role="status"][data-search-status]');
  const resultUrls = async (page: Page) => (await page.locator('[data-search-results] li h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash)));
  /** Waits until the status region says something new, and returns it. */
  async function nextStatus(page: Page, before: string): Promise<string> {
    await page.waitForFunction((text) => { const now = document.querySelector('[data-search-status]')?.textContent ?? ''; return now !== '' && now !== text; }, before);
    return (await status(page).textContent()) ?? '';
  }

  it('finds a page by a word of its body, typed into the search field and sent with Enter', async () => {
    const page = await open('/zoeken/');
    await page.getByLabel('Waar zoekt u naar?').fill(RARE_WORD);
    await page.keyboard.press('Enter');
    expect(await nextStatus(page, '')).toBe(`1 resultaat voor ‘${RARE_WORD}’.`);
    expect(await resultUrls(page)).toEqual(['/bus/proefreis/']);
    expect(await page.locator('[data-search-results] mark').first().textContent()).toMatch(new RegExp(RARE_WORD, 'i'));
    expect(new URL(page.url()).search).toBe(`?q=${RARE_WORD}`);
    // The page's own form replaces the header's box: one search landmark.
    expect(await page.locator('header form').count()).toBe(0);
    await page.context().close();
  });

  it('narrows the results to the pages of one persona with the persona filter, and announces the new count', async () => {
    const page = await open(`/zoeken/?q=${COMMON_WORD}`);
    const all = await nextStatus(page, '');
    const unfiltered = await resultUrls(page);
    const ouders = snapshot.personas.find((persona) => persona.id === 'ouders');
    if (ouders === undefined) throw new Error('the example has no persona ouders');
    const theirs = new Set(snapshot.pages.filter((candidate) => pagePersonas(candidate).includes('ouders')).map((candidate) => candidate.url));
    expect(unfiltered.some((url) => !theirs.has(url.replace(/#.*$/, '')))).toBe(true);

    // The journey's public title, as on its hub and in the menu; not the persona's internal name.
    await page.getByRole('checkbox', { name: journeyTitle(ouders), exact: true }).check();
    const narrowed = await nextStatus(page, all);
    const filtered = await resultUrls(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(unfiltered.length);
    for (const url of filtered) expect(theirs.has(url.replace(/#.*$/, '')) || url === '/voor/ouders/', url).toBe(true);
    expect(narrowed).toBe(`${filtered.length === 1 ? '1 resultaat' : `${filtered.length} resultaten`} voor ‘${COMMON_WORD}’ met de gekozen filters.`);
    expect(new URL(page.url()).searchParams.getAll('persona')).toEqual(['ouders']);
    await page.context().close();
  });

  it('does not find a noindex page', async () => {
    const page = await open(`/zoeken/?q=${NOINDEX_WORD}`);
    await nextStatus(page, '');
    expect(await resultUrls(page)).not.toContain('/bus/onderweg/');
    await page.context().close();
  });

  it('finds a document, whose result leads to the form that offers it', async () => {
    const page = await open('/zoeken/?q=schoolgids&soort=document');
    await nextStatus(page, '');
    expect(await page.getByRole('checkbox', { name: 'Document' }).isChecked()).toBe(true);
    expect(await resultUrls(page)).toEqual(['/basisschool/aanmelden/#volgende-stap']);
    // Under the result: its type, journey and step in the words the visitor reads elsewhere.
    expect(await page.locator('[data-search-results] li .kind').textContent()).toBe('Document · Een basisschool kiezen · Regelen');
    await page.context().close();
  });

  it('leaves the header, the footer, the step indicator and forms out of the index', async () => {
    const page = await open('/zoeken/');
    // A string, so that vitest does not rewrite the import() that runs in the browser.
    const indexed = await page.evaluate<{ url: string; content: string }[]>(
      `import('/pagefind/pagefind.js').then(async (pagefind) => { await pagefind.options({ noWorker: true }); return pagefind.search('aanmelden'); }).then((search) => Promise.all(search.results.map((result) => result.data())))`,
    );
    const form = indexed.find((result) => result.url === '/basisschool/aanmelden/');
    expect(form?.content).toContain('Meld uw kind aan vóór 1 maart');
    for (const chrome of ['Naar de inhoud', 'Zoekterm', 'Privacyverklaring', 'Route voor', 'E-mailadres']) expect(form?.content, chrome).not.toContain(chrome);
    await page.context().close();
  });

  it('searches from the header of any page without JavaScript: a GET to the search page', async () => {
    const page = await open('/bus/', false);
    const box = page.getByRole('search', { name: 'Zoeken op deze website' }).getByRole('searchbox', { name: 'Zoekterm' });
    await box.fill(RARE_WORD);
    await box.press('Enter');
    await page.waitForURL(`${server.origin}/zoeken/?q=${RARE_WORD}`);
    expect(await page.title()).toMatch(/^Zoeken \|/);
    expect(await page.locator('noscript').count()).toBe(1);
    await page.context().close();
  });

  it('searches from the header with JavaScript too, and shows the result', async () => {
    const page = await open('/basisschool/kiezen/');
    await page.getByRole('searchbox', { name: 'Zoekterm' }).fill(RARE_WORD);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(`${server.origin}/zoeken/?q=${RARE_WORD}`);
    expect(await nextStatus(page, '')).toContain('1 resultaat');
    expect(await page.getByLabel('Waar zoekt u naar?').inputValue()).toBe(RARE_WORD);
    await page.context().close();
  });

  it('has no axe violations on the search page with results', async () => {
    const page = await open(`/zoeken/?q=${COMMON_WORD}&fase=beslissing`, true, true);
    await nextStatus(page, '');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets only the search page compile WebAssembly (Pagefind), in its Content-Security-Policy', async () => {
    const policy = async (path: string) => String((await get(server, path)).headers['content-security-policy'] ?? '');
    expect(await policy('/zoeken/')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(await policy('/bus/')).toMatch(/script-src /);
    expect(await policy('/bus/')).not.toContain('wasm-unsafe-eval');
  });

  it('requested nothing from another origin', () => {
    expect(elsewhere).toEqual([]);
  });
});
