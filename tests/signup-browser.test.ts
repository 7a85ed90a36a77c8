/**
 * A parent signs up for the information evening in Chromium, with JavaScript and without: the
 * error summary, the sign-up page with its status and calendar file, and cancelling there. A
 * neighbour asks to be called back.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_FILL_MS } from '../src/forms/validate.ts';
import { axeViolations } from './support/axe.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { serveExampleSite, type ServedSite } from './support/server.ts';

const skip = skipWithoutChromium('sign-up browser tests');
const SCREENSHOTS = process.env.WEGWIJZER_SCREENSHOTS;

describe.skipIf(skip)('signing up for an event in Chromium', () => {
  let served: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveExampleSite();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.dispose();
  });

  async function openForm(javaScript: boolean): Promise<Page> {
    // `bypassCSP` only to inject axe: the site's own scripts run under its policy all the same.
    const page = await (await browser.newContext({ javaScriptEnabled: javaScript, bypassCSP: true })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${served.server.origin}/basisschool/open-dagen/`);
    return page;
  }

  const shot = async (page: Page, name: string) => {
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  };

  for (const javaScript of [true, false]) {
    it(`shows the errors on top, then signs up and cancels on the person's own page (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await openForm(javaScript);
      const form = page.locator('[data-sign-up="informatieavond"]');
      const email = `browser-${javaScript ? 'js' : 'geen-js'}@voorbeeld.nl`;
      await form.getByLabel('Naam', { exact: true }).fill('Samira');
      await form.getByLabel('E-mailadres').fill(email);
      await form.getByLabel('Aantal personen').fill('12');
      await page.waitForTimeout(MIN_FILL_MS + 200);
      await form.getByRole('button', { name: 'Aanmelden' }).click();
      // The summary takes focus and links to the field, in the page or on the no-JS error page.
      const summary = page.locator('[data-error-summary]').first();
      await page.waitForFunction(() => document.activeElement?.matches('[data-error-summary]') === true);
      expect(await summary.getByRole('link').textContent()).toBe('Vul een aantal in van 1 tot en met 10.');
      await shot(page, `signup-errors-${javaScript ? 'js' : 'nojs'}`);
      const people = page.getByLabel('Aantal personen');
      await people.fill('2');
      await page.waitForTimeout(MIN_FILL_MS + 200);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.waitForURL(/\/aanmelding\/[0-9]+\.[A-Za-z0-9_-]{43}\/$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('U bent aangemeld');
      expect(await page.getByRole('link', { name: /Zet in uw agenda/ }).getAttribute('href')).toMatch(/^\/agenda\/.+\.ics$/);
      // axe runs as a script: only where the page runs scripts.
      if (javaScript) expect(await axeViolations(page)).toEqual([]);
      await shot(page, `signup-confirmed-${javaScript ? 'js' : 'nojs'}`);
      expect(served.leads().find((lead) => lead.email === email)).toMatchObject({ kind: 'event', status: 'confirmed', seats: 2 });

      await page.getByRole('button', { name: 'Aanmelding annuleren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Uw aanmelding is geannuleerd' }).waitFor();
      expect(await page.getByRole('button', { name: 'Aanmelding annuleren' }).count()).toBe(0);
      await shot(page, `signup-cancelled-${javaScript ? 'js' : 'nojs'}`);
      expect(served.leads().find((lead) => lead.email === email)?.status).toBe('cancelled');
      await page.context().close();
    });
  }

  it('asks to be called back: the channel in a fieldset, the error summary, then what happens next', async () => {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${served.server.origin}/veilige-buurt/ervaringen/`);
    const form = page.locator('[data-contact-request="terugbellen"]');
    await form.getByLabel('Naam', { exact: true }).fill('Buur');
    await form.getByLabel('E-mailadres').fill('terugbellen-browser@voorbeeld.nl');
    await form.getByLabel(/Telefoonnummer/).fill('06 12345678');
    await page.waitForTimeout(MIN_FILL_MS + 200);
    await form.getByRole('button', { name: 'Verstuur' }).click();
    await page.waitForFunction(() => document.activeElement?.matches('[data-error-summary]') === true);
    expect(await form.locator('[data-error-summary] a').textContent()).toBe('Kies hoe u contact wilt.');
    await form.locator('[data-error-summary] a').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('phone');
    await shot(page, 'contact-errors');
    const channel = form.getByRole('group', { name: 'Hoe wilt u contact?' });
    await channel.getByLabel('Telefoon').check();
    await form.getByRole('group', { name: /Wanneer komt het u het best uit/ }).getByLabel('Avond').check();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Verstuur' }).click();
    await page.waitForURL(`${served.server.origin}/bedankt/terugbellen/veilige-buurt/ervaringen/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bedankt, we nemen contact met u op');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'contact-thank-you');
    expect(served.leads().find((lead) => lead.email === 'terugbellen-browser@voorbeeld.nl')).toMatchObject({ kind: 'contact', channel: 'phone', dayPart: 'evening' });
    await page.context().close();
  });

  it('shows the sign-up form accessibly on the page', async () => {
    const page = await openForm(true);
    await page.locator('[data-sign-up="informatieavond"]').scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'signup-form');
    await page.context().close();
  });
});
