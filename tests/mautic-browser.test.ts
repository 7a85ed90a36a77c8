/**
 * The Mautic path in a real browser: a static build posts the form to Mautic as a normal,
 * navigating form post (no fetch, so no CORS), and Mautic's redirect brings the visitor to the
 * thank-you page. Mautic itself is played by a Playwright route that records the post.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_FILL_MS } from '../src/forms/validate.ts';
import { leadsVariant } from './support/built.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const skip = skipWithoutChromium('Mautic browser test');

const MAUTIC = 'https://mautic.voorbeeldstad.nl/form/submit';

describe.skipIf(skip)('requesting the brochure with Mautic as the provider', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    // The Mautic build of the run, shared with tests/providers-build.test.ts.
    server = await serveStatic((await leadsVariant('mautic')).dir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('posts mauticform[...] with the context by navigating, and Mautic\'s redirect reaches the thank-you page', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    const posted: string[] = [];
    await page.route(`${MAUTIC}**`, async (route) => {
      const request = route.request();
      // A navigation, not fetch: Mautic answers without CORS headers, which fetch would refuse.
      posted.push(`${request.isNavigationRequest() ? 'navigation' : 'fetch'} ${request.method()} ${request.url()}\n${request.postData() ?? ''}`);
      await route.fulfill({ status: 303, headers: { location: `${server.origin}/bedankt/schoolgids/basisschool/aanmelden/` } });
    });
    await page.goto(`${server.origin}/basisschool/aanmelden/?utm_source=poster`);
    await page.getByLabel('Naam', { exact: true }).fill('Fatima el Amrani');
    await page.getByLabel('E-mailadres').fill('fatima@voorbeeld.nl');
    await page.getByLabel(/mag mij later ook mailen/).check();
    await page.waitForTimeout(MIN_FILL_MS + 200);
    await page.getByRole('button', { name: /Verstuur en download/ }).click();
    await page.waitForURL(`${server.origin}/bedankt/schoolgids/basisschool/aanmelden/`);

    expect(posted).toHaveLength(1);
    const [head = '', body = ''] = (posted[0] ?? '').split('\n');
    expect(head).toBe(`navigation POST ${MAUTIC}?formId=3`);
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({
      'mauticform[formId]': '3',
      // The lead's kind, which Mautic ignores unless its form has that field.
      'mauticform[kind]': 'download',
      'mauticform[return]': `${server.origin}/bedankt/schoolgids/basisschool/aanmelden/`,
      'mauticform[firstname]': 'Fatima el Amrani',
      'mauticform[email]': 'fatima@voorbeeld.nl',
      'mauticform[download]': 'schoolgids',
      'mauticform[page]': '/basisschool/aanmelden/',
      'mauticform[persona]': 'ouders',
      'mauticform[phase]': 'beslissing',
      'mauticform[utm_source]': 'poster',
      'mauticform[contact]': '1',
    });
    await page.close();
  });
});
