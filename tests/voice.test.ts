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
    const search = page(je, 'zoeken/index.html');
    expect(search('label[for="zoekterm"]').text()).toBe('Waar zoek je naar?');
    expect(search('noscript').text()).toContain('Zonder JavaScript vind je alle informatie');
  });
});

describe('the search page', () => {
  it('writes its labels, filters and the texts its script shows in English with locale en', () => {
    const search = page(en, 'zoeken/index.html');
    expect(search('h1').text()).toBe('Search');
    expect(search('title').text()).toMatch(/^Search \|/);
    expect(search('form[role="search"]').attr('aria-label')).toBe('Search and filter');
    expect(search('label[for="zoekterm"]').text()).toBe('What are you looking for?');
    expect(search('form[role="search"] button[type="submit"]').text()).toBe('Search');
    expect(search('legend').map((_, legend) => search(legend).text()).get()).toEqual(['For whom', 'Step', 'Type']);
    const labels = (name: string) => search(`input[name="${name}"]`).map((_, box) => search(`label[for="${search(box).attr('id')}"]`).text()).get();
    // The step words of the step indicator, and the content type in English; the ids stay in the URL.
    expect(labels('fase')).toEqual(['Explore', 'Compare', 'Arrange', 'Afterwards']);
    expect(labels('soort')).toEqual(['Page', 'Overview', 'Document']);
    expect(search('input[name="fase"]').map((_, box) => search(box).attr('value')).get()).toEqual(['orientatie', 'overweging', 'beslissing', 'gedrag']);
    const texts = JSON.parse(search('form[data-search]').attr('data-search') ?? '{}') as { foundTermFilters: string; many: string; failed: string; labels: Record<string, Record<string, string>> };
    expect(texts.foundTermFilters).toBe('{count} for ‘{term}’ with the chosen filters.');
    expect(texts.many).toBe('{count} results');
    expect(texts.failed).toBe('Search does not work right now. Please try again later.');
    expect(texts.labels.fase?.beslissing).toBe('Arrange');
    expect(texts.labels.soort?.document).toBe('Document');
    expect(search('noscript').text()).toContain('Without JavaScript you find all information');
    // The header's search box on every other page.
    const header = page(en, 'bus/index.html')('header form[role="search"]');
    expect(header.attr('aria-label')).toBe('Search this website');
    expect(header.find('button').text()).toBe('Search');
  });

  it('offers the journeys by their public title and the steps by the words citizens read, not the internal names', () => {
    for (const built of [je, en]) {
      const search = page(built, 'zoeken/index.html');
      const personas = search('input[name="persona"]').map((_, box) => search(`label[for="${search(box).attr('id')}"]`).text()).get();
      expect(personas).toEqual(['Samen een veilige buurt', 'Een basisschool kiezen', 'Weer met de bus']);
      const noscript = load(search('noscript').html() ?? '');
      expect(noscript('a').map((_, link) => noscript(link).text()).get()).toEqual(personas);
      expect(search('form').text()).not.toContain('Ouders van een kleuter');
    }
    const search = page(je, 'zoeken/index.html');
    expect(search('legend').eq(1).text()).toBe('Stap');
    expect(search('input[name="fase"]').map((_, box) => search(`label[for="${search(box).attr('id')}"]`).text()).get()).toEqual(['Ontdekken', 'Vergelijken', 'Regelen', 'En daarna']);
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
