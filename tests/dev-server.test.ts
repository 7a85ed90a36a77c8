/**
 * `astro dev` on a broken copy of the example: it reports problems as warnings and keeps serving;
 * no problem the check reports (in frontmatter or body) makes a page answer 500; an affected page
 * shows a notice; the Wegwijzer
 * app in the dev toolbar lists every current problem with file and line and follows each save;
 * Astro's own audit finds nothing to warn about in the layout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { load } from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { freePort } from './support/server.ts';
import { childEnv, copyFixtureSite } from './support/site.ts';

const site = copyFixtureSite();
let server: ChildProcess | undefined;
let output = '';
let origin = '';

async function waitFor(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}; output so far:\n${output}`);
}

/** The page's status and HTML; the first requests may race Vite's dependency optimisation, so they are retried, bounded. */
async function get(path: string): Promise<{ status: number; body: string }> {
  let answer = { status: 0, body: '' };
  await waitFor(async () => {
    const response = await fetch(`${origin}${path}`).catch(() => undefined);
    if (response === undefined) return false;
    answer = { status: response.status, body: await response.text() };
    return answer.status !== 504;
  }, `an answer for ${path}`);
  return answer;
}

beforeAll(async () => {
  site.edit('content/pages/bus/proefreis.mdx', 'href: /bus/reisplanner/', 'href: /bus/reisplaner/');
  // A frontmatter error must not stop the dev server either (Astro's own validation would).
  site.edit('content/pages/bus/onderweg.mdx', 'title:', 'titel:');
  // A date the wrong way round made this page answer 500 (`toISOString is not a function`).
  site.edit('content/pages/basisschool/open-dagen.mdx', 'title: Open', 'date: 28-11-2026\ntitle: Open');
  // A misspelt persona silently dropped the step indicator.
  site.edit('content/pages/basisschool/kiezen.mdx', 'persona: ouders', 'persona: oudrs');
  // Frontmatter that is not YAML stopped the content sync, and the dev server with it.
  site.edit('content/pages/veilige-buurt/ervaringen.mdx', '  href: /veilige-buurt/app-installeren/', '   href: /veilige-buurt/app-installeren/');
  // A misspelt component made Astro answer 500 ("Expected component `Calout` to be defined").
  site.edit('content/pages/veilige-buurt/buurtgroep.mdx', /\n*$/, '\n\n<Calout type="tip">Welkom!</Calout>\n');
  // An unknown download throws in the component itself, while Astro collects the page's head.
  site.edit('content/pages/basisschool/aanmelden.mdx', /\n*$/, '\n\n<Download id="schoolgid" />\n');
  const requestedPort = await freePort();
  // Its own process group, so the stop reaches astro behind npx too.
  server = spawn('npx', ['astro', 'dev', '--root', site.root, '--host', '127.0.0.1', '--port', String(requestedPort)], { cwd: site.root, env: childEnv(), detached: true });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => output.includes('watching for file changes'), 'the dev server to be ready', 120_000);
  // Vite moves to the next port if another process took ours in the meantime: use the one it reports.
  origin = `http://127.0.0.1:${/http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1] ?? requestedPort}`;
});

afterAll(() => {
  if (server?.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  site.dispose();
});

describe('astro dev with content problems', () => {
  it('warns about every problem with file and line, and keeps serving', async () => {
    expect(output).toMatch(/\[WARN\] \[wegwijzer\] Journey check: 8 problems in 7 files/);
    expect(output).toContain('content/pages/bus/proefreis.mdx, line 9, column 3 › cta.href');
    expect(output).toContain('content/pages/bus/onderweg.mdx, line 2, column 1 › titel');
    const broken = await get('/bus/proefreis/');
    expect(broken.status).toBe(200);
    expect(broken.body).toContain('Een week gratis met de bus');
    expect((await get('/bus/reisplanner/')).status).toBe(200);
  });

  it('renders a page with a frontmatter mistake, with a notice naming it, instead of answering 500', async () => {
    const date = await get('/basisschool/open-dagen/');
    expect(date.status).toBe(200);
    expect(date.body).toContain('data-wegwijzer-dev-notice');
    expect(date.body).toContain('1 problem in content/pages/basisschool/open-dagen.mdx');
    expect(load(date.body)('[data-wegwijzer-dev-notice] li').text()).toContain('must be a date written year-month-day (YYYY-MM-DD), but is 28-11-2026');
    expect(load(date.body)('[data-wegwijzer-dev-notice] li code').first().text()).toBe('28-11-2026');
    const persona = await get('/basisschool/kiezen/');
    expect(persona.status).toBe(200);
    expect(load(persona.body)('[data-wegwijzer-dev-notice] li').text()).toContain('unknown persona oudrs');
    const title = await get('/bus/onderweg/');
    expect(title.status).toBe(200);
    expect(load(title.body)('[data-wegwijzer-dev-notice] li').text()).toContain('unknown field titel');
    // The missing title's stand-in is developer text, not the site's words.
    expect(title.body).toMatch(/<h1[^>]*>\[astro dev\] Page with errors in its frontmatter<\/h1>/);
    const yaml = await get('/veilige-buurt/ervaringen/');
    expect(yaml.status).toBe(200);
    expect(yaml.body).toContain('has frontmatter that is not valid YAML: bad indentation of a mapping entry');
    // A page without problems or warnings has no notice.
    expect((await get('/veilige-buurt/samen-veilig/')).body).not.toContain('data-wegwijzer-dev-notice');
  });

  it('renders a page whose body names an unknown component or download, with the notice and the fix, instead of answering 500', async () => {
    const component = await get('/veilige-buurt/buurtgroep/');
    expect(component.status).toBe(200);
    let page = load(component.body);
    expect(page('h1').text()).toBe('Welkom in de buurtgroep');
    // Names between backticks are shown as code, not with the backticks.
    expect(page('[data-wegwijzer-dev-notice] li').text()).toMatch(/^line \d+, column 1: unknown component <Calout>\s*Did you mean Callout\?/);
    expect(page('[data-wegwijzer-dev-notice] li code').map((_, code) => page(code).text()).get()).toEqual(['<Calout>', 'Callout']);
    expect(page('[data-wegwijzer-body-left-out]').text()).toContain('Expected component `Calout` to be defined');
    const download = await get('/basisschool/aanmelden/');
    expect(download.status).toBe(200);
    page = load(download.body);
    expect(page('[data-wegwijzer-dev-notice] li').text()).toMatch(/<Download id="schoolgid"> names no download of this site\s*Did you mean schoolgids\?/);
    expect(page('[data-wegwijzer-body-left-out]').text()).toContain('there is no content/downloads/schoolgid.yaml');
  });
});

describe.skipIf(skipWithoutChromium('dev toolbar test'))('the Wegwijzer app in the dev toolbar', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(() => browser?.close());

  /**
   * The items the Wegwijzer app lists, as `place: message`, once its header says `expected`. A save
   * may make Vite reload the page meanwhile; the app then starts again with the current report.
   */
  async function listed(expected: string): Promise<string[]> {
    let items: string[] = [];
    await waitFor(async () => {
      const state = await page
        .evaluate(() => {
          const canvas = document.querySelector('astro-dev-toolbar')?.shadowRoot?.querySelector('astro-dev-toolbar-app-canvas[data-app-id="wegwijzer"]');
          const root = canvas?.shadowRoot;
          return {
            header: root?.querySelector('header p')?.textContent ?? '',
            items: [...(root?.querySelectorAll('section[data-kind="problems"] li') ?? [])].map((item) => `${item.querySelector('code')?.textContent}: ${item.querySelector('p')?.textContent}`),
          };
        })
        .catch(() => undefined);
      items = state?.items ?? [];
      return state?.header.includes(expected) === true;
    }, `the toolbar app to show "${expected}"`);
    return items;
  }

  it('lists every current problem with file and line, badges its button, and follows each save', async () => {
    await page.goto(`${origin}/bus/reisplanner/`);
    // The app shows names between backticks as code: its text has no backticks.
    expect(await listed('8 problems')).toEqual([
      expect.stringMatching(/^content\/pages\/basisschool\/aanmelden\.mdx, line \d+, column 11: <Download id="schoolgid"> names no download/),
      'content/pages/basisschool/kiezen.mdx, line 4, column 1 › persona: unknown persona oudrs',
      'content/pages/basisschool/open-dagen.mdx, line 2, column 1 › date: must be a date written year-month-day (YYYY-MM-DD), but is 28-11-2026',
      'content/pages/bus/onderweg.mdx › title: is required but missing',
      'content/pages/bus/onderweg.mdx, line 2, column 1 › titel: unknown field titel',
      'content/pages/bus/proefreis.mdx, line 9, column 3 › cta.href: /bus/reisplaner/ matches no page, route or file of this site',
      expect.stringMatching(/^content\/pages\/veilige-buurt\/buurtgroep\.mdx, line \d+, column 1: unknown component <Calout>$/),
      'content/pages/veilige-buurt/ervaringen.mdx, line 8, column 8: has frontmatter that is not valid YAML: bad indentation of a mapping entry',
    ]);
    const badge = page.locator('astro-dev-toolbar').locator('button[data-app-id="wegwijzer"] .notification');
    expect(await badge.getAttribute('data-level')).toBe('error');

    // Saving fixes reaches the open toolbar without a reload.
    site.edit('content/pages/bus/proefreis.mdx', 'href: /bus/reisplaner/', 'href: /bus/reisplanner/');
    site.edit('content/pages/bus/onderweg.mdx', 'titel:', 'title:');
    expect(await listed('5 problems')).toHaveLength(5);
    await waitFor(() => output.includes('Journey check: 5 problems in 5 files'), 'the re-check after the fix');
  });

  it('gives Astro’s audit nothing to warn about in the layout (no tabindex on <main>)', async () => {
    // A fresh tab: the saves above make Vite reload open pages, which would abort a navigation.
    page = await browser.newPage();
    await page.goto(`${origin}/bus/reisplanner/`);
    // The apps start when the browser is idle; once Wegwijzer's has its report, the audit has run too.
    await listed('problem');
    const audit = page.locator('astro-dev-toolbar').locator('button[data-app-id="astro:audit"] .notification');
    expect(await audit.getAttribute('data-active')).toBeNull();
    expect(await page.locator('main#inhoud').getAttribute('tabindex')).toBeNull();
  });
});

describe('the component gallery', () => {
  it('shows every MDX component in the gallery, rendered, with the MDX that makes it and this site’s own ids', async () => {
    const response = await get('/_wegwijzer/componenten/');
    expect(response.status).toBe(200);
    const page = load(response.body);
    expect(page('meta[name="robots"]').attr('content')).toBe('noindex');
    const shown = page('section[data-component]').toArray().map((section) => page(section).attr('data-component'));
    // The gallery names the components of the registry (src/components/registry.ts) and the table: each has its example.
    const registry = (page('[data-registry]').attr('data-registry') ?? '').split(' ');
    expect(registry).toEqual(expect.arrayContaining(['Hero', 'Features', 'Stats', 'Cards', 'CtaBanner', 'Event', 'Figure', 'Download', 'table']));
    expect(shown.sort()).toEqual(registry.sort());
    for (const section of page('section[data-component]').toArray()) {
      const name = page(section).attr('data-component') ?? '';
      const source = page(section).find('pre code').text();
      expect(source, name).toContain(name === 'table' ? '| --- |' : `<${name}`);
      expect(source, name).not.toContain('props.');
      expect(page(section).find('.rendered').children().length, `${name} is rendered`).toBeGreaterThan(0);
    }
    const cards = page('section[data-component="Cards"]');
    expect(cards.find('pre code').text()).toMatch(/href: '\/[a-z0-9/-]+\/'/);
    expect(cards.find('.rendered a').first().attr('href')).toMatch(/^\/[a-z0-9/-]+\/$/);
    expect(page('section[data-component="Cta"] .rendered #volgende-stap').length, '<Cta /> places a next step').toBe(1);
    // The Event's calendar file is made from the MDX in dev too, for the gallery's example as for pages.
    const calendar = page('section[data-component="Event"] .rendered a[download]').attr('href') ?? '';
    expect(calendar).toMatch(/^\/agenda\/evenement-2027-02-11-informatieavond\.ics$/);
    const ics = await fetch(`${origin}${calendar}`);
    expect([ics.status, ics.headers.get('content-type')]).toEqual([200, 'text/calendar; charset=utf-8']);
    expect(await ics.text()).toContain('SUMMARY:Informatieavond\r\n');
  });
});

describe('link-preview images in astro dev', () => {
  it('draws a page’s card on request, with the title the page has now, as the build writes it', async () => {
    const image = async (path: string) => {
      const response = await fetch(`${origin}${path}`);
      return { status: response.status, type: response.headers.get('content-type'), png: Buffer.from(await response.arrayBuffer()) };
    };
    const page = load((await get('/bus/')).body);
    const url = new URL(page('meta[property="og:image"]').attr('content') ?? '');
    const first = await image(url.pathname);
    expect([first.status, first.type]).toEqual([200, 'image/png']);
    expect([first.png.readUInt32BE(16), first.png.readUInt32BE(20)]).toEqual([1200, 630]);
    site.edit('content/pages/bus/index.mdx', /^title: .*$/m, 'title: Een heel andere titel voor de buspagina');
    await waitFor(async () => load((await get('/bus/')).body)('meta[property="og:image:alt"]').attr('content') === 'Een heel andere titel voor de buspagina', 'the new title');
    expect((await image(url.pathname)).png.equals(first.png)).toBe(false);
    expect((await image('/og/bestaat-niet.png')).status).toBe(404);
    expect((await image('/og/../../etc/passwd.png')).status).toBe(404);
  });
});
