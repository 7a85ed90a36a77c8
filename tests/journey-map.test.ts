/**
 * The journey map at /_wegwijzer/reis/. Built with the `journeyMap` option from the example with a
 * persona that skips a phase: skipped phase, CTAs to downloads, every page linked with its CTA,
 * the persona's question, influences and channels, noindex and out of sitemap and search, no axe
 * violation; and a page written by `wegwijzer new` builds and takes its place. A gap stops every
 * build, so the gap (and the gate's problems beside the map) is checked where it can exist: the
 * same route in `astro dev`, which shows the content as saved.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateOptions, runGate } from '../src/content/gate.ts';
import { loadProject } from '../src/cli/project.ts';
import type { ContentSnapshot } from '../src/journey/model.ts';
import { StatsStore } from '../src/stats/store.ts';
import { axeViolations } from './support/axe.ts';
import { buildExample, type BuiltSite } from './support/built.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { startDev, waitFor, type DevServer } from './support/dev.ts';
import { childEnv, CLI, copyFixtureSite, NODE, type TempSite } from './support/site.ts';
import { serveStatic } from './support/static-server.ts';

const MAP = '_wegwijzer/reis/index.html';
const NEW_PAGE = ['new', 'page', '--persona', 'ouders', '--phase', 'overweging', '--title', 'Scholen vergelijken', '--description', 'Zo vergelijkt u de basisscholen.'];
const SITE = 'https://www.voorbeeldstad.nl';

/** The example with `reizigers` skipping `overweging`: its page removed, the journey rerouted. */
function skipOverweging(site: TempSite): void {
  site.edit('content/personas/reizigers.yaml', /\n*$/, '\nphases: [orientatie, beslissing, gedrag]\n');
  site.remove('content/pages/bus/proefreis.mdx');
  site.edit('content/pages/bus/index.mdx', 'href: /bus/proefreis/', 'href: /bus/reisplanner/');
  // The page's `<Cards>` link the removed page too.
  site.edit('content/pages/bus/index.mdx', /^ {4}\{ href: '\/bus\/proefreis\/'.*\n/m, '');
}

describe('the journey map in a build with `journeyMap: true`', () => {
  let built: BuiltSite;
  let snapshot: ContentSnapshot;
  let $: CheerioAPI;

  beforeAll(async () => {
    built = await buildExample((site) => {
      site.edit('astro.config.mjs', "theme: './theme.css',", "theme: './theme.css',\n      journeyMap: true,");
      skipOverweging(site);
      const written = spawnSync(NODE, [CLI, ...NEW_PAGE], { cwd: site.root, env: childEnv(), encoding: 'utf8' });
      if (written.status !== 0) throw new Error(`wegwijzer new failed:\n${written.stdout}${written.stderr}`);
      // Counts the server would have stored (issue 13): the map shows them on the page and its CTA.
      const stats = new StatsStore(join(site.root, 'data', 'stats.db'));
      stats.add({
        views: [{ day: '2027-03-01', page: '/bus/', views: 40 }, { day: '2027-03-02', page: '/bus/', views: 2 }],
        steps: [{ day: '2027-03-01', from: '/bus/', to: '/bus/reisplanner/', steps: 12 }, { day: '2027-03-01', from: '/bus/', to: '/privacy/', steps: 3 }],
        downloads: [],
        leads: [],
      });
      stats.close();
    });
    const project = await loadProject(built.site.root);
    snapshot = runGate(gateOptions(built.site.root, 'public', project.options)).snapshot;
    $ = load(built.read(MAP));
  });

  afterAll(() => built?.site.dispose());

  const lane = (persona: string) => $(`section[data-persona="${persona}"]`);

  it('shows a skipped phase as skipped: in the matrix, the diagram and the table', () => {
    expect($('[data-journey-matrix] tr[data-persona="reizigers"] td[data-phase="overweging"]').text().trim()).toBe('overgeslagen');
    expect(lane('reizigers').find('svg g[data-phase="overweging"]').attr('data-status')).toBe('skipped');
    const row = lane('reizigers').find('tr[data-phase="overweging"]');
    expect(row.attr('data-status')).toBe('skipped');
    expect(row.text()).toContain('Overgeslagen: hoort niet bij deze reis');
    expect(lane('reizigers').find('tr[data-phase="beslissing"] th').text()).toMatch(/^2\. Beslissing/);
    // A journey without skipped phases counts every phase.
    expect(lane('ouders').find('tr[data-phase="gedrag"] th').text()).toMatch(/^4\. Gedrag/);
  });

  it('shows where each CTA leads: a free download, a download behind a form, the next page, another site', () => {
    const target = (persona: string, url: string) => lane(persona).find(`tr[data-page="${url}"] td[data-target]`);
    expect(target('reizigers', '/bus/reisplanner/').attr('data-target')).toBe('download');
    expect(target('reizigers', '/bus/reisplanner/').text()).toContain('Busplanner Voorbeeldstad (vrije download)');
    expect(target('ouders', '/basisschool/aanmelden/').text()).toContain('Schoolgids basisonderwijs Voorbeeldstad 2027 (download met formulier)');
    expect(target('reizigers', '/bus/').find('a').attr('href')).toBe('/bus/reisplanner/');
    expect(target('reizigers', '/bus/').text()).toContain('volgende stap: Beslissing');
    expect(target('reizigers', '/bus/onderweg/').text()).toContain('(buiten de site)');
    expect(lane('reizigers').find('svg a[data-page="/bus/reisplanner/"]').attr('data-target')).toBe('download');
    // The arrow from orientation to decision crosses the skipped phase.
    expect(lane('reizigers').find('svg path[data-from="/bus/"][data-to="/bus/reisplanner/"]').length).toBe(1);
  });

  it('links every page of every journey, with its title and its CTA, in the table and the diagram', () => {
    for (const persona of snapshot.personas) {
      const pages = snapshot.pages.filter((page) => [page.data.persona].flat().includes(persona.id));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const row = lane(persona.id).find(`tr[data-page="${page.url}"]`);
        expect(row.find(`a[href="${page.url}"]`).text(), `${persona.id} ${page.url}`).toBe(page.data.title);
        expect(row.text()).toContain(page.data.cta.label);
        expect(lane(persona.id).find(`svg a[href="${page.url}"] title`).text()).toContain(page.data.title);
      }
      expect(lane(persona.id).find('tbody tr[data-page]').length).toBe(pages.length);
    }
  });

  it('builds a page written by `wegwijzer new`, in its phase and leading to the next one', () => {
    expect(built.exists('basisschool/scholen-vergelijken/index.html')).toBe(true);
    const row = lane('ouders').find('tr[data-page="/basisschool/scholen-vergelijken/"]');
    expect(row.attr('data-phase')).toBe('overweging');
    expect(row.find('td[data-target] a').attr('href')).toBe('/basisschool/aanmelden/');
  });

  it('shows the measured views of each page and the steps taken through its CTA, from the local stats file', () => {
    const table = lane('reizigers').find('table[data-journey-table]');
    expect(table.find('th').text()).toContain('Gemeten');
    expect(table.find('[data-figures="/bus/"]').text().replace(/\s+/g, ' ').trim()).toBe('42 bezoeken, 12 via de knop verder');
    expect(table.find('[data-figures="/bus/reisplanner/"]').text().replace(/\s+/g, ' ').trim()).toBe('0 bezoeken, 0 via de knop verder');
  });

  it("shows each persona's question, influences and channels from its YAML", () => {
    for (const persona of snapshot.personas) {
      expect(lane(persona.id).find('[data-question]').text()).toBe(persona.data.question);
      expect(lane(persona.id).find('[data-influences] li').toArray().map((item) => $(item).text())).toEqual(persona.data.influences);
      expect(lane(persona.id).find('[data-channels] li').toArray().map((item) => $(item).text())).toEqual(persona.data.channels);
    }
  });

  it('reports no problems in a build, which passed the gate', () => {
    expect($('[data-problems]').attr('data-problems')).toBe('0');
    expect($('#problemen').text()).toBe('Reischeck: geen problemen');
  });

  it('is noindex, out of the sitemap and out of the search index', () => {
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('main').attr('data-pagefind-body')).toBeUndefined();
    const sitemap = built.read('sitemap-0.xml');
    expect(sitemap).toContain(`${SITE}/bus/`);
    expect(sitemap).not.toContain('_wegwijzer');
  });

  describe.skipIf(skipWithoutChromium('journey map in Chromium'))('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => browser?.close());

    it('has no axe violations, and the search does not find it', async () => {
      const server = await serveStatic(built.dir);
      try {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/_wegwijzer/reis/`);
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(`${server.origin}/zoeken/?q=klantreizen`);
        await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent !== '');
        expect(await page.locator('[data-search-status]').textContent()).toMatch(/^Geen resultaten/);
        await page.close();
      } finally {
        await server.close();
      }
    });

    it('fits each diagram inside the page from 320 to 1280 px: a frame that scrolls, never cut off', async () => {
      const server = await serveStatic(built.dir);
      try {
        for (const width of [320, 1280]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.goto(`${server.origin}/_wegwijzer/reis/`);
          const layout = await page.evaluate(() => ({
            pageWidth: document.documentElement.scrollWidth,
            diagrams: [...document.querySelectorAll('section[data-persona] .diagram')].map((frame) => {
              const outer = frame.getBoundingClientRect();
              const svg = frame.querySelector('svg')?.getBoundingClientRect();
              return { left: outer.left, right: outer.right, svgLeft: svg?.left ?? Number.NaN, svgRight: svg?.right ?? Number.NaN, scrolls: frame.scrollWidth > frame.clientWidth };
            }),
          }));
          expect(layout.pageWidth, `page width at ${width} px`).toBeLessThanOrEqual(width);
          expect(layout.diagrams.length).toBe(snapshot.personas.length);
          for (const diagram of layout.diagrams) {
            expect(diagram.left, `diagram's left edge at ${width} px`).toBeGreaterThanOrEqual(0);
            expect(diagram.right, `diagram's right edge at ${width} px`).toBeLessThanOrEqual(width);
            // The drawing starts inside its frame: what does not fit is reached by scrolling, to the right.
            expect(diagram.svgLeft, `drawing's left edge at ${width} px`).toBeGreaterThanOrEqual(diagram.left);
          }
          // Four phases fit a desktop window without scrolling; a phone scrolls the frame (focusable, named).
          if (width === 1280) expect(layout.diagrams.filter((diagram) => diagram.scrolls || diagram.svgRight > diagram.right)).toEqual([]);
          else expect(layout.diagrams.every((diagram) => diagram.scrolls)).toBe(true);
          await page.close();
        }
      } finally {
        await server.close();
      }
    });
  });
});

describe('the journey map in `astro dev`', () => {
  let site: TempSite;
  let dev: DevServer;

  beforeAll(async () => {
    site = copyFixtureSite();
    // A gap: `reizigers` lose their only page in `overweging`, and the journey is rerouted around it.
    site.remove('content/pages/bus/proefreis.mdx');
    site.edit('content/pages/bus/index.mdx', 'href: /bus/proefreis/', 'href: /bus/reisplanner/');
    // Its `<Cards>` link the removed page too, which the gate would report as well.
    site.edit('content/pages/bus/index.mdx', /^ {4}\{ href: '\/bus\/proefreis\/'.*\n/m, '');
    dev = await startDev(site.root);
  });

  afterAll(() => {
    dev?.stop();
    site?.dispose();
  });

  it('marks a gap, shows the gate problem beside the map, and follows the content as it is saved', async () => {
    let $ = load(await dev.get('/_wegwijzer/reis/'));
    expect($('[data-journey-matrix] tr[data-persona="reizigers"] td[data-phase="overweging"]').text().trim()).toBe('ontbreekt');
    const lane = () => $('section[data-persona="reizigers"]');
    expect(lane().find('svg g[data-phase="overweging"] [data-gap]').length).toBe(1);
    const row = lane().find('tr[data-phase="overweging"]');
    expect(row.attr('data-status')).toBe('gap');
    expect(row.text()).toContain('Ontbreekt: nog geen pagina');
    expect(row.find('code').text()).toBe('npm run new -- page --persona reizigers --phase overweging --title "…"');
    expect($('[data-problems]').attr('data-problems')).toBe('1');
    expect($('[data-problem-file]').attr('data-problem-file')).toBe('content/personas/reizigers.yaml');
    expect($('.problems').text()).toContain('journey of persona `reizigers` has no page for phase `overweging`');

    // Filled: the next request shows the page and no problem.
    mkdirSync(join(site.root, dirname('content/pages/bus/proef.mdx')), { recursive: true });
    site.write(
      'content/pages/bus/proef.mdx',
      '---\ntitle: Probeer de bus\ndescription: Een week gratis met de bus.\npersona: reizigers\nphase: overweging\ncta:\n  label: Plan uw reis\n  href: /bus/reisplanner/\n---\n\nProbeer het.\n',
    );
    await waitFor(
      async () => {
        $ = load(await dev.get('/_wegwijzer/reis/'));
        return $('[data-problems]').attr('data-problems') === '0';
      },
      'the map to show the new page',
      dev.output,
    );
    expect(lane().find('tr[data-phase="overweging"]').attr('data-status')).toBe('covered');
    expect(lane().find('tr[data-page="/bus/proef/"] a').first().text()).toBe('Probeer de bus');
  });
});
