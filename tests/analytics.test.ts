/**
 * The optional cookieless analytics in a real browser: a build with `stats.analytics` set to
 * Plausible sends a page view with persona and phase, and a CTA event when the visitor follows the
 * CTA, from a script on the site's own origin, without a cookie. Plausible is played by a
 * Playwright route that records the requests. (Without the option, no page gets a script: see
 * tests/stats.test.ts.)
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAUSIBLE, settingsVariant } from './support/built.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const skip = skipWithoutChromium('analytics browser test');

describe.skipIf(skip)('Plausible as the analytics service', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const events: { contentType: string; body: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    // The run's shared settings variant, which has Plausible as `stats.analytics` (tests/support/built.ts).
    server = await serveStatic((await settingsVariant()).dir);
    browser = await launchChromium();
    context = await browser.newContext();
    await context.route(`${PLAUSIBLE}/**`, async (route) => {
      const request = route.request();
      events.push({ contentType: (await request.allHeaders())['content-type'] ?? '', body: JSON.parse(request.postData() ?? '{}') as Record<string, unknown> });
      await route.fulfill({ status: 202, body: 'ok' });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function waitForEvents(count: number): Promise<void> {
    for (let attempt = 0; attempt < 100 && events.length < count; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  it('sends a page view with persona and phase, and a CTA event when the visitor follows the CTA; no cookie', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.origin}/basisschool/kiezen/?utm_source=poster`);
    await waitForEvents(1);
    expect(events[0]).toEqual({
      contentType: 'text/plain',
      body: { name: 'pageview', url: `${server.origin}/basisschool/kiezen/?utm_source=poster`, domain: 'www.voorbeeldstad.nl', referrer: null, props: { persona: 'ouders', phase: 'orientatie' } },
    });
    // The script is the site's own (inline, or a file under /_astro/): no third-party code on the page.
    const scripts = await page.$$eval('script:not([type="application/ld+json"]):not([type="application/json"])', (elements) => elements.map((element) => (element as HTMLScriptElement).src));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src === '' || src.startsWith(`${server.origin}/_astro/`), src).toBe(true);

    await page.locator('#volgende-stap').getByRole('link', { name: 'Bekijk de open dagen' }).click();
    await page.waitForURL(`${server.origin}/basisschool/open-dagen/`);
    await waitForEvents(3);
    expect(events.slice(1).map((event) => event.body)).toEqual([
      { name: 'CTA', url: `${server.origin}/basisschool/kiezen/?utm_source=poster`, domain: 'www.voorbeeldstad.nl', referrer: null, props: { persona: 'ouders', phase: 'orientatie', target: '/basisschool/open-dagen/' } },
      { name: 'pageview', url: `${server.origin}/basisschool/open-dagen/`, domain: 'www.voorbeeldstad.nl', referrer: `${server.origin}/basisschool/kiezen/?utm_source=poster`, props: { persona: 'ouders', phase: 'overweging' } },
    ]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await page.close();
  });

  it('names the service in the privacy statement', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/privacy/`);
    await expect(page.locator('[data-analytics]').textContent()).resolves.toMatch(/We gebruiken ook Plausible Analytics \(plausible\.voorbeeldstad\.nl\)\..*Plausible plaatst geen cookies/);
    await page.close();
  });
});
