/**
 * The site's own voice in the built HTML: the fixture built with `tone: 'je'` (and one override),
 * and with `locale: 'en'`. Every text the theme writes changes with them; the editor's content
 * (Dutch in the fixture) stays as written.
 */
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/strings/catalogue.ts';
import { placeholders, resolveStrings, STRING_KEYS } from '../src/strings/strings.ts';
import { buildExample, type BuiltSite } from './support/built.ts';

function withOptions(options: string) {
  return buildExample((site) => site.edit('astro.config.mjs', "theme: './theme.css',", `theme: './theme.css',\n      ${options},`));
}

let je: BuiltSite;
let en: BuiltSite;

beforeAll(async () => {
  // One build at a time: the machine is shared.
  je = await withOptions("tone: 'je', strings: { 'nextStep.title': 'Zo ga je verder' }");
  en = await withOptions("locale: 'en'");
});

afterAll(() => {
  je?.site.dispose();
  en?.site.dispose();
});

const page = (built: BuiltSite, file: string): CheerioAPI => load(built.read(file));
const text = (built: BuiltSite, file: string) => page(built, file)('body').text().replace(/\s+/g, ' ');

describe("tone: 'je'", () => {
  it('addresses the visitor with je in the texts the theme writes, and uses the override', () => {
    expect(page(je, 'bedankt/schoolgids/index.html')('h1').text()).toBe('Bedankt voor je aanvraag');
    expect(page(je, 'voor/ouders/index.html')('main h2').first().text()).toMatch(/^Jouw route in \d stappen$/);
    const privacy = text(je, 'privacy/index.html');
    expect(privacy).toContain('Op deze pagina lees je welke gegevens we vragen');
    expect(privacy).toContain('Je rechten');
    expect(privacy).toContain('geen gegevens over je browser of apparaat');
    const form = page(je, 'basisschool/aanmelden/index.html')('form[data-lead-form]');
    expect(JSON.parse(form.attr('data-form') ?? '{}').messages.required.name).toBe('Vul je naam in.');
    expect(form.text()).toContain('gebruikt je gegevens alleen hiervoor');
    expect(page(je, 'basisschool/open-dagen/index.html')('#volgende-stap-titel').text()).toBe('Zo ga je verder');
  });
});

describe("locale: 'en'", () => {
  it('writes the page frame, the step indicator, the form and the statements in English', () => {
    const home = page(en, 'index.html');
    expect(home('html').attr('lang')).toBe('en');
    expect(home('meta[property="og:locale"]').attr('content')).toBe('en_GB');
    expect(home('a.skip-link').text()).toBe('Skip to content');
    const jsonLd = JSON.parse(home('script[type="application/ld+json"]').text()) as { '@graph': { '@type': string; inLanguage?: string }[] };
    expect(jsonLd['@graph'].find((node) => node['@type'] === 'WebSite')?.inLanguage).toBe('en-GB');

    // A journey without step words of its own shows the default ones.
    const steps = page(en, 'veilige-buurt/ervaringen/index.html')('nav.step-indicator');
    expect(steps.text()).toContain('step 2 of 4 — Compare');
    expect(steps.find('a[rel="next"]').text()).toMatch(/^Next step: /);

    const form = page(en, 'basisschool/aanmelden/index.html')('form[data-lead-form]');
    expect(form.find('button[type="submit"]').text()).toBe('Send and download (PDF)');
    expect(form.text()).toContain('keeps them for 12 months');
    expect(form.find('label').first().text().trim()).toBe('Name');

    expect(text(en, 'privacy/index.html')).toContain('Your rights');
    expect(text(en, 'privacy/index.html')).toContain('What we do count');
    expect(text(en, 'privacy/index.html')).toContain('We keep the daily totals for 2 years.');
    expect(text(en, 'toegankelijkheid/index.html')).toContain('Status: B — partially compliant.');
    expect(page(en, 'toegankelijkheid/index.html')('time').text()).toBe('15 October 2026');
    expect(page(en, '404.html')('h1').text()).toBe('Page not found');
  });

  it('shows none of the Dutch texts of the catalogue on any page', () => {
    const dutch = resolveStrings({ locale: 'nl', tone: 'u' });
    // Texts without placeholders that differ from their English, long enough not to occur by chance in content.
    const telling = STRING_KEYS.filter((key) => placeholders(dutch[key]).length === 0 && !CATALOGUE[key].en.includes(dutch[key]) && dutch[key].length >= 12 && !key.startsWith('gallery.'));
    expect(telling.length).toBeGreaterThan(50);
    for (const file of en.htmlFiles) {
      const html = en.read(file);
      expect(telling.filter((key) => html.includes(dutch[key])), file).toEqual([]);
    }
  });
});
