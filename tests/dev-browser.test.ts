/**
 * `astro dev` in Chromium: every kind of page an editor opens while writing (a content page, a
 * persona hub, home, a thank-you page, the component gallery, the journey map) is styled and
 * draws no Content-Security-Policy refusal in the console. In dev Vite injects each stylesheet as
 * an inline `<style>`, which a production policy (hashes only) refuses: the page then shows unstyled.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GALLERY_PATH, GENERATED_PAGES, JOURNEY_MAP_PATH, personaHubPath, thankYouUrl } from '../src/journey/urls.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { startDev, type DevServer } from './support/dev.ts';
import { copyFixtureSite, type TempSite } from './support/site.ts';

const PAGES = {
  'a content page': '/bus/',
  'a persona hub': personaHubPath('ouders'),
  home: GENERATED_PAGES.home,
  'a thank-you page': thankYouUrl('schoolgids'),
  'the component gallery': GALLERY_PATH,
  'the journey map': JOURNEY_MAP_PATH,
};

/** What the browser refused or applied on a page: CSP messages and violation events, and style probes. */
interface Seen {
  refusals: string[];
  /** The theme's font token, and whether the body is set in it. */
  fontToken: string;
  bodyInThemeFont: boolean;
  /** The site header's brand row, laid out by the header component's own (scoped) style. */
  headerDisplay: string;
  /** Fill of each page box of the journey map's diagram; black is SVG's default when its style is refused. */
  diagramFills: string[];
}

async function visit(page: Page, url: string): Promise<Seen> {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (globalThis as { refused?: string[] }).refused ??= [];
      (globalThis as { refused?: string[] }).refused?.push(`${event.effectiveDirective} ${event.blockedURI || 'inline'}`);
    });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const seen = await page.evaluate(() => {
    const token = getComputedStyle(document.documentElement).getPropertyValue('--wegwijzer-document-font-family').trim();
    // The token's computed font, through the CSSOM (which no CSP refuses), to compare like with like.
    const probe = document.createElement('span');
    probe.style.fontFamily = 'var(--wegwijzer-document-font-family)';
    document.body.append(probe);
    const tokenFont = getComputedStyle(probe).fontFamily;
    probe.remove();
    const brand = document.querySelector('.site-header .brand');
    return {
      refused: (globalThis as { refused?: string[] }).refused ?? [],
      fontToken: token,
      bodyInThemeFont: token !== '' && getComputedStyle(document.body).fontFamily === tokenFont,
      headerDisplay: brand === null ? 'missing' : getComputedStyle(brand).display,
      diagramFills: [...document.querySelectorAll('section[data-persona] svg .page rect')].map((rect) => getComputedStyle(rect).fill),
    };
  });
  return { refusals: [...refusals, ...seen.refused], fontToken: seen.fontToken, bodyInThemeFont: seen.bodyInThemeFont, headerDisplay: seen.headerDisplay, diagramFills: seen.diagramFills };
}

describe.skipIf(skipWithoutChromium('astro dev styling test'))('astro dev in Chromium', () => {
  let site: TempSite;
  let dev: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    site = copyFixtureSite();
    dev = await startDev(site.root);
    browser = await launchChromium();
    // Vite optimises dependencies on the first requests and may reload the page: let it settle first.
    for (const path of Object.values(PAGES)) await dev.get(path);
  });

  afterAll(async () => {
    await browser?.close();
    dev?.stop();
    site?.dispose();
  });

  it.each(Object.entries(PAGES))('styles %s (%s) and refuses nothing under the Content-Security-Policy', async (_name, path) => {
    const page = await browser.newPage();
    try {
      const seen = await visit(page, `${dev.origin}${path}`);
      expect(seen.refusals, 'CSP refusals in the console').toEqual([]);
      expect(seen.fontToken, 'the design tokens are loaded').not.toBe('');
      expect(seen.bodyInThemeFont, 'the body is set in the theme font').toBe(true);
      expect(seen.headerDisplay, 'the site header is laid out by its own style').toBe('flex');
      if (path === JOURNEY_MAP_PATH) {
        expect(seen.diagramFills.length, 'the diagram has page boxes').toBeGreaterThan(0);
        expect(seen.diagramFills.filter((fill) => fill === 'rgb(0, 0, 0)'), 'page boxes drawn black').toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
