/**
 * A visitor requests the brochure in a real browser (Debian's Chromium through playwright-core),
 * with JavaScript and without, against the built site served as by `npm start`.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_FILL_MS } from '../src/forms/validate.ts';
import type { StoredLead } from '../src/inbox/store.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { get, serveExampleSite, type RunningServer, type ServedSite } from './support/server.ts';

const skip = skipWithoutChromium('browser tests');

const FORM_PAGE = '/basisschool/aanmelden/';
const SUMMARY = '[data-error-summary]';

describe.skipIf(skip)('requesting the brochure in Chromium', () => {
  let served: ServedSite;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveExampleSite();
    server = served.server;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.dispose();
  });

  const stored = (): StoredLead[] => served.leads();

  async function openForm(javaScript: boolean): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: javaScript, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.origin}${FORM_PAGE}?utm_source=${javaScript ? 'met-js' : 'zonder-js'}`);
    return page;
  }

  async function submit(page: Page, values: { name: string; email: string }): Promise<void> {
    await page.getByLabel('Naam', { exact: true }).fill(values.name);
    await page.getByLabel('E-mailadres').fill(values.email);
    // A person takes longer than the minimum fill time; the client script measures it.
    await page.waitForTimeout(MIN_FILL_MS + 200);
    await page.getByRole('button', { name: /Verstuur en download/ }).click();
  }

  async function expectFileLinkWorks(page: Page): Promise<void> {
    const link = page.getByRole('link', { name: /Schoolgids basisonderwijs/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 4).toString()).toBe('%PDF');
  }

  async function expectErrorSummary(page: Page): Promise<void> {
    await page.waitForFunction((selector) => document.activeElement?.matches(selector) === true, SUMMARY);
    expect(await page.title()).toMatch(/^Fout: /);
    const links = await page.locator(`${SUMMARY} a`).evaluateAll((anchors) => anchors.map((anchor) => [anchor.getAttribute('href'), anchor.textContent]));
    expect(links).toEqual([
      ['#lead-schoolgids-name', 'Vul uw naam in.'],
      ['#lead-schoolgids-email', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.'],
    ]);
    const email = page.locator('#lead-schoolgids-email');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await email.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('Vul een geldig e-mailadres in');
    expect(await email.inputValue()).toBe('jan@');
  }

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'with JavaScript' : 'without JavaScript';

    it(`${mode}: a valid submit reaches the thank-you page, the file downloads and the lead is stored`, async () => {
      const page = await openForm(javaScript);
      const email = `browser-${javaScript ? 'js' : 'nojs'}-${Date.now()}@voorbeeld.nl`;
      await submit(page, { name: 'Fatima el Amrani', email });
      await page.waitForURL(`${server.origin}/bedankt/schoolgids/basisschool/aanmelden/`);
      await expectFileLinkWorks(page);
      expect(stored().find((lead) => lead.email === email)).toMatchObject({
        name: 'Fatima el Amrani',
        download: 'schoolgids',
        page: FORM_PAGE,
        persona: 'ouders',
        phase: 'beslissing',
        contact: false,
        utmSource: javaScript ? 'met-js' : 'zonder-js',
      });
      await page.context().close();
    });

    it(`${mode}: an invalid submit shows the focused error summary, keeps the input and stores nothing`, async () => {
      const before = stored().length;
      const page = await openForm(javaScript);
      await submit(page, { name: '', email: 'jan@' });
      await expectErrorSummary(page);
      expect(page.url()).toBe(javaScript ? `${server.origin}${FORM_PAGE}?utm_source=met-js` : `${server.origin}/aanvraag/`);
      if (javaScript) {
        await page.locator(`${SUMMARY} a`).first().click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('lead-schoolgids-name');
      }
      expect(stored()).toHaveLength(before);
      await page.context().close();
    });
  }

  it('with JavaScript: a network error keeps the input, re-enables the button, and a retry succeeds', async () => {
    const page = await openForm(true);
    const email = `retry-${Date.now()}@voorbeeld.nl`;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/aanvraag/', async (route) => {
      await held;
      await route.abort('connectionreset');
    });
    await submit(page, { name: 'Piet', email });
    const button = page.getByRole('button', { name: /Verstuur en download/ });
    await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('[data-submit]')?.disabled === true);
    release();
    await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('[data-submit]')?.disabled === false);
    expect(await page.locator('[data-form-status]').textContent()).toContain('niet gelukt');
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe(email);
    expect(stored().some((lead) => lead.email === email)).toBe(false);

    await page.unroute('**/aanvraag/');
    await button.click();
    await page.waitForURL(`${server.origin}/bedankt/schoolgids/basisschool/aanmelden/`);
    expect(stored().filter((lead) => lead.email === email)).toHaveLength(1);
    await page.context().close();
  });

  it('shows pages with the server\'s own headers without a console error or a page error', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    for (const path of ['/', '/basisschool/aanmelden/', '/bus/']) {
      const response = await page.goto(`${server.origin}${path}`);
      expect(response?.headers()['permissions-policy'], path).toBeDefined();
      await page.waitForLoadState('networkidle');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts an event in the calendar: the link downloads the .ics file the build wrote, as text/calendar, under the site\'s policy', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) blocked.push(message.text());
    });
    await page.goto(`${server.origin}/basisschool/open-dagen/`);
    const link = page.getByRole('link', { name: /^Zet in uw agenda ?: Open dag Basisschool De Regenboog \(agenda-bestand, ICS\)$/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('evenement-2027-01-20-open-dag-basisschool-de-regenboog.ics');
    expect(new URL(download.url()).pathname).toBe('/agenda/evenement-2027-01-20-open-dag-basisschool-de-regenboog.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('SUMMARY:Open dag Basisschool De Regenboog\r\n');
    expect(ics).toContain('DTSTART:20270120T080000Z\r\n');
    expect(blocked).toEqual([]);
    const file = await get(server, '/agenda/evenement-2027-01-20-open-dag-basisschool-de-regenboog.ics');
    expect([file.status, file.headers['content-type']]).toEqual([200, 'text/calendar; charset=utf-8']);
    await context.close();
  });
});
