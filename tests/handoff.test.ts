/**
 * A hand-off to another site (`cta.handoff`) on the built fixture: /bus/tickets/ (reizigers,
 * beslissing) hands off to the carrier's web shop. Its CTA links the same-site hand-off route, which
 * the built page forwards with a refresh (static hosts) and Wegwijzer's server with a 303 to the URL
 * in the content, never one from the request; the click counts as a step of the funnel, live and
 * from an access log; the page still shows the journey's next step and ships no JavaScript.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsReport } from '../src/stats/report.ts';
import { checkAccessibility } from '../src/verify/accessibility.ts';
import { builtFixture, type BuiltSite } from './support/built.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';
import { send, serveExampleSite, type ServedSite } from './support/server.ts';
import { wegwijzer } from './support/site.ts';

const PORTAL = 'https://webwinkel.busvervoerder.example/weekkaart/?van=voorbeeldstad';
const ROUTE = '/_wegwijzer/naar/bus/tickets/';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:144.0) Gecko/20100101 Firefox/144.0';

let built: BuiltSite;
let served: ServedSite;

beforeAll(async () => {
  built = builtFixture();
  served = await serveExampleSite();
});

afterAll(() => served?.dispose());

async function statsJson(...args: string[]): Promise<StatsReport> {
  const result = await wegwijzer(['stats', '--json', ...args], served.site.root);
  expect(result.code, result.output).toBe(0);
  return JSON.parse(result.stdout) as StatsReport;
}

const decision = (report: StatsReport) => report.personas.find((persona) => persona.persona === 'reizigers')?.phases.find((phase) => phase.phase === 'beslissing');

describe('a page that hands off', () => {
  it('links its hand-off route, says where the visitor goes and where the journey goes on, without JavaScript', () => {
    const $ = load(built.read('bus/tickets/index.html'));
    const block = $('#volgende-stap');
    expect(block.find('a.wegwijzer-button').attr('href')).toBe(ROUTE);
    expect(block.find('a.wegwijzer-button').text()).toBe('Naar de webwinkel van de vervoerder');
    expect(block.text()).toContain('U regelt dit op de website webwinkel.busvervoerder.example.');
    expect(block.find('[data-handoff-next] a').attr('href')).toBe('/bus/onderweg/');
    // The step indicator's next step is the same route; the declared URL itself is nowhere on the page.
    expect($('a[href="https://webwinkel.busvervoerder.example/weekkaart/?van=voorbeeldstad"]')).toHaveLength(0);
    expect($('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('builds the route as a page that forwards at once with a refresh and a link, not indexed, not in the sitemap', () => {
    const $ = load(built.read('_wegwijzer/naar/bus/tickets/index.html'));
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${PORTAL}`);
    expect($('main a.wegwijzer-button').attr('href')).toBe(PORTAL);
    expect($('main #volgende-stap a').attr('href')).toBe('/bus/onderweg/');
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect($('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(built.read('sitemap-0.xml')).not.toContain('/_wegwijzer/');
    // Only pages that hand off have a route.
    expect(built.exists('_wegwijzer/naar/bus/proefreis/index.html')).toBe(false);
  });
});

describe.skipIf(skipWithoutChromium('hand-off in Chromium'))('the built hand-off route in Chromium, on a static host', () => {
  it('forwards the browser to the declared URL by itself, and is accessible to whoever sees it', async () => {
    const page = built.read('_wegwijzer/naar/bus/tickets/index.html');
    const server = await serveStatic(built.dir, { '/__handoff-still.html': page.replace(/<meta http-equiv="refresh"[^>]*>/, '') });
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const leaving: string[] = [];
      // Offline: a request to another site is noted and refused.
      await tab.route('**/*', (route) => {
        if (route.request().url().startsWith(server.origin)) return route.continue();
        if (route.request().isNavigationRequest()) leaving.push(route.request().url());
        return route.abort();
      });
      await tab.goto(`${server.origin}/_wegwijzer/naar/bus/tickets/`, { waitUntil: 'load' });
      await expect.poll(() => leaving, { timeout: 5000 }).toEqual([PORTAL]);
      // What a visitor sees when the browser does not forward (refresh turned off): a page like any other.
      const still = await browser.newPage();
      await still.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
      await still.goto(`${server.origin}/__handoff-still.html`, { waitUntil: 'load' });
      expect(await checkAccessibility(still, 'hand-off page')).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('the hand-off route on Wegwijzer’s server', () => {
  it('forwards with a 303 to the URL in the content, whatever the query asks, and counts the click as a step via the CTA', async () => {
    const before = decision(await statsJson());
    expect(before?.next).toMatchObject({ steps: 0, handoffs: 0 });
    const answer = await send(served.server, `${ROUTE}?to=https://evil.example/`, { headers: { 'user-agent': FIREFOX, referer: `${served.server.origin}/bus/tickets/` } });
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe(PORTAL);
    expect(answer.headers['set-cookie']).toBeUndefined();
    // Not cached, so every click counts; the security headers of any answer that is not a page.
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const report = await statsJson();
    expect(decision(report)).toMatchObject({ handsOff: true, next: { steps: 1, viaCta: 1, handoffs: 1 } });
    expect(report.figures.steps).toContainEqual({ from: '/bus/tickets/', to: ROUTE, steps: 1, cta: true });
  });

  it('refuses (404) a route of a page that does not hand off, or any target that is not in the content', async () => {
    for (const path of ['/_wegwijzer/naar/bus/proefreis/', '/_wegwijzer/naar/https://evil.example/', '/_wegwijzer/naar/', '/_wegwijzer/naar/bus/tickets/extra/']) {
      const answer = await send(served.server, path, { headers: { 'user-agent': FIREFOX } });
      expect(answer.status, path).toBe(404);
      expect(answer.headers.location, path).toBeUndefined();
    }
  });

  it('counts a hand-off from an access log of a static host too, where the route answered with the built page (200)', async () => {
    const log = join(served.site.root, 'access.log');
    writeFileSync(log, `127.0.0.1 - - [01/Mar/2027:10:00:00 +0000] "GET ${ROUTE} HTTP/1.1" 200 2048 "https://www.voorbeeldstad.nl/bus/tickets/" "${FIREFOX}"\n`);
    const db = join(served.site.root, 'static-stats.db');
    const imported = await wegwijzer(['stats', 'import', log, '--db', db], served.site.root);
    expect(imported.code, imported.output).toBe(0);
    expect(decision(await statsJson('--db', db))?.next).toMatchObject({ steps: 1, viaCta: 1, handoffs: 1 });
  });
});
