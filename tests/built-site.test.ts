/**
 * Assertions over the built fixture site (tests/fixtures/voorbeeldstad, built once per run by the
 * global setup): SEO tags, JSON-LD, sitemap, robots.txt, security.txt, journey navigation, zero
 * JavaScript and the W3C Nu HTML checker. The fixture differs from the example where real content
 * exercises the edge cases: one page is `noindex` and a thank-you page exists (sitemap rules), one
 * page has a second persona, one a download card in its body, one download a retention with hours,
 * and one FAQ question characters that must not break out of the JSON-LD `<script>`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, inflateSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { gateOptions, generatedRoutes, runGate } from '../src/content/gate.ts';
import type { PageEntry, ContentSnapshot } from '../src/journey/model.ts';
import { handoffTarget, stepPositions } from '../src/journey/steps.ts';
import { handoffPath, normalizePath } from '../src/journey/urls.ts';
import { ogImagePath } from '../src/journey/urls.ts';
import { loadProject, type Project } from '../src/cli/project.ts';
import { dutchTexts, type StringKey } from '../src/strings/strings.ts';
import { checkAccessibility } from '../src/verify/accessibility.ts';
import { validateHtml } from '../src/verify/html-validity.ts';
import { launchChromium } from '../src/verify/chromium.ts';
import { builtFixture, urlPathOf, type BuiltSite } from './support/built.ts';
import { run } from './support/site.ts';
import { serveStatic } from './support/static-server.ts';

const SITE = 'https://www.voorbeeldstad.nl';
const ORGANISATION = 'Gemeente Voorbeeldstad';
const VIDEO_PAGE = 'veilige-buurt/ervaringen/index.html';
/** Has an `image` of its own: its link preview is that image, not a generated one. */
const OWN_IMAGE_PAGE = '/veilige-buurt/ervaringen/';
/** Gets a Download card in its body (its CTA is a link) before the build. */
const DOWNLOAD_IN_BODY_PAGE = 'bus/proefreis/index.html';
/** Made a page of two personas before the build. */
const SHARED_PAGE = 'basisschool/na-aanmelden/index.html';
const TRICKY_QUESTION = 'De bus is te laat </script><script>alert(1)</script> & "nu"?';

let built: BuiltSite;
let project: Project;
let snapshot: ContentSnapshot;
const pagesByPath = new Map<string, PageEntry>();
const dom = new Map<string, CheerioAPI>();

beforeAll(async () => {
  built = builtFixture();
  project = await loadProject(built.site.root);
  const gate = runGate(gateOptions(built.site.root, 'public', project.options));
  expect(gate.problems).toEqual([]);
  snapshot = gate.snapshot;
  for (const page of snapshot.pages) pagesByPath.set(page.url, page);
  for (const file of built.htmlFiles) dom.set(file, load(built.read(file)));
});


function $(file: string): CheerioAPI {
  const page = dom.get(file);
  if (page === undefined) throw new Error(`${file} was not built`);
  return page;
}

/** The top-left pixel of a PNG as `#rrggbb`: after the filter byte the first pixel is stored as it is, whatever the filter. */
function firstPixel(png: Buffer): string {
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const rows = inflateSync(Buffer.concat(chunks));
  return `#${[...rows.subarray(1, 4)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

const contentFiles = () => built.htmlFiles.filter((file) => pagesByPath.has(urlPathOf(file)));
const jsonLdBlocks = (file: string): Record<string, unknown>[] =>
  $(file)('script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse($(file)(script).text()) as Record<string, unknown>);
const nodesOf = (block: Record<string, unknown>): Record<string, unknown>[] =>
  Array.isArray(block['@graph']) ? (block['@graph'] as Record<string, unknown>[]) : [block];
const typesOf = (file: string) => jsonLdBlocks(file).flatMap(nodesOf).map((node) => node['@type']);
/** All CSS a page loads: its linked stylesheets and its inline <style> elements. */
const cssOf = (file: string) => {
  const page = $(file);
  return page('link[rel="stylesheet"]').toArray().map((link) => built.read((page(link).attr('href') ?? '').slice(1))).join('') + page('style').text();
};
/** The node describing the page itself: a WebPage, or the FAQPage kind of WebPage. */
const pageNodesOf = (file: string) => jsonLdBlocks(file).flatMap(nodesOf).filter((node) => node['@type'] === 'WebPage' || node['@type'] === 'FAQPage');

describe('pages', () => {
  it('builds every content page, every persona hub, every statement and the search page', () => {
    const paths = built.htmlFiles.map(urlPathOf);
    const personaHubs = snapshot.personas.map((persona) => `/voor/${persona.id}/`);
    const expected = [...snapshot.pages.map((page) => page.url), '/', '/privacy/', '/toegankelijkheid/', '/zoeken/', '/404.html', ...personaHubs];
    expect(paths).toEqual(expect.arrayContaining(expected));
    expect(generatedRoutes(snapshot.personas.map((persona) => persona.id))).toEqual(expect.arrayContaining(personaHubs));
    // The component gallery is for `astro dev` only.
    expect(paths.filter((path) => path.startsWith('/_wegwijzer/'))).toEqual([]);
  });

  it('gives every page lang="nl", a skip link to main, the header and the footer statements', () => {
    for (const file of built.htmlFiles) {
      const page = $(file);
      expect(page('html').attr('lang'), file).toBe('nl');
      expect(page('a.skip-link').attr('href'), file).toBe('#inhoud');
      expect(page('main#inhoud').length, file).toBe(1);
      expect(page('header a[href="/"]').text(), file).toContain(ORGANISATION);
      expect(page('footer a[href="/privacy/"]').length, file).toBe(1);
      expect(page('footer a[href="/toegankelijkheid/"]').length, file).toBe(1);
      // Lists styled without bullets lose their list semantics in Safari/VoiceOver unless role="list" says so.
      expect(page('footer ul:not([role="list"]), nav.breadcrumbs ol:not([role="list"]), .step-indicator ol:not([role="list"])').length, file).toBe(0);
    }
  });

  it('renders the statements from the options and the downloads', () => {
    const privacy = $('privacy/index.html')('main').text();
    expect(privacy).toContain('privacy@voorbeeldstad.nl');
    expect(privacy).toContain('fg@voorbeeldstad.nl');
    expect(privacy).toMatch(/Schoolgids basisonderwijs Voorbeeldstad 2027.*12 maanden/s);
    expect(privacy).toMatch(/Handleiding app VeiligeBuurt.*6 maanden/s);
    expect(privacy).not.toContain('Busplanner'); // a free download asks no data
    expect(privacy).toContain('youtube-nocookie.com'); // the example has a Video page
    // The optional contact box on the forms is a second purpose, and consent can be withdrawn.
    expect(privacy).toContain('later mogen mailen');
    expect(privacy).toContain('toestemming intrekken');
    // AVG art. 13: the statement names the legal basis (the default option: consent).
    expect(privacy).toContain('artikel 6 lid 1 onder a van de AVG');
    // Each gated download's retention reads the same in the statement as next to its form.
    const privacyPage = $('privacy/index.html');
    const retentionRows = new Map(privacyPage('tbody tr').toArray().map((row) => [privacyPage(row).find('th').text(), privacyPage(row).find('td').last().text()]));
    const gated = snapshot.downloads.filter((download) => download.data.gate === 'form');
    // Every form that asks for details: gated downloads, event sign-ups and contact requests.
    const forms = [...gated, ...(snapshot.events ?? []), ...(snapshot.contacts ?? [])];
    expect([...retentionRows.keys()].sort()).toEqual(forms.map((form) => form.data.title).sort());
    expect(retentionRows.get('Bel mij terug over veiligheid in de buurt')).toBe('3 maanden');
    for (const download of gated) {
      const formPage = built.htmlFiles.find((file) => $(file)(`[data-download="${download.id}"] form`).length > 0);
      if (formPage === undefined) throw new Error(`no page shows the form of ${download.id}`);
      const shown = /bewaart ze (.+?)\. Daarna/.exec($(formPage)(`[data-download="${download.id}"] form`).text())?.[1];
      expect(retentionRows.get(download.data.title), download.id).toBe(shown);
    }
    const accessibility = $('toegankelijkheid/index.html');
    expect(accessibility('main').text()).toContain('voldoet gedeeltelijk');
    expect(accessibility('main').text()).toContain('WCAG');
    expect(accessibility('main time').attr('datetime')).toBe('2026-10-15');
    expect(accessibility('a[href="https://www.toegankelijkheidsverklaring.nl/register/00000"]').length).toBe(1);
  });

  it('lists each persona journey in phase order on its hub', () => {
    const hub = $('voor/ouders/index.html');
    expect(hub('h1').text()).toBe(snapshot.personas.find((persona) => persona.id === 'ouders')?.data.title);
    const links = hub('ol.journey a').toArray().map((link) => hub(link).attr('href'));
    expect(links).toEqual(['/basisschool/kiezen/', '/basisschool/open-dagen/', '/basisschool/aanmelden/', '/basisschool/na-aanmelden/', '/bedankt/open-dag/']);
  });
});

describe('what citizens see of the personas', () => {
  it('shows each journey’s public title and intro on the home page, and nowhere the internal profile', () => {
    const home = $('index.html');
    for (const persona of snapshot.personas) {
      const card = home(`a[href="/voor/${persona.id}/"]`).closest('li');
      expect(card.find('h3').text(), persona.id).toBe(persona.data.title);
      expect(card.text(), persona.id).toContain(persona.data.intro);
      expect(card.find('img').attr('alt'), persona.id).toBe(persona.data.imageAlt);
      for (const file of built.htmlFiles) expect(built.read(file), `${file} shows the profile of ${persona.id}`).not.toContain(persona.data.summary);
    }
  });

  it('builds the home page from content/home.mdx: hero with image and call to action, then the journeys and the body', () => {
    const home = $('index.html');
    const hero = home('main .hero');
    expect(hero.find('h1').text()).toBe(snapshot.home?.data.title);
    expect(hero.find('a.wegwijzer-button').attr('href')).toBe(snapshot.home?.data.cta?.href);
    expect(hero.find('img').attr('alt')).toBe(snapshot.home?.data.imageAlt);
    expect(home('main').text()).toContain('Bel de gemeente op 14 0123');
    expect(home('title').text()).toBe(`${snapshot.home?.data.title} | ${ORGANISATION}`);
  });
});

describe('navigation and the next step', () => {
  it('gives every page a menu to every journey hub, marking the hub of the page’s own journey', () => {
    for (const file of built.htmlFiles) {
      const menu = $(file)('header nav');
      expect(menu.find('a').toArray().map((link) => $(file)(link).attr('href')), file).toEqual(snapshot.personas.map((persona) => `/voor/${persona.id}/`));
      expect(menu.find('ul[role="list"]').length, file).toBe(1);
    }
    expect($('voor/ouders/index.html')('header nav a[aria-current="page"]').attr('href')).toBe('/voor/ouders/');
    expect($('basisschool/kiezen/index.html')('header nav a[aria-current="true"]').attr('href')).toBe('/voor/ouders/');
    expect($('privacy/index.html')('header nav a[aria-current]').length).toBe(0);
  });

  it('shows one next-step block per content page, with the CTA once, where the editor put <Cta /> or else at the end', () => {
    for (const file of contentFiles()) {
      const page = $(file);
      const content = pagesByPath.get(urlPathOf(file));
      expect(page('#volgende-stap').length, file).toBe(1);
      expect(page('#volgende-stap-titel').text(), file).toBe('Volgende stap');
      // A hand-off links its same-site route, which counts the click and forwards.
      const href = content && handoffTarget(content) !== undefined ? handoffPath(content.url) : content?.data.cta.href;
      if (href !== undefined) expect(page(`main a.wegwijzer-button[href="${href}"]`).length, `${file}: the CTA button once`).toBe(1);
      else expect(page('main [data-download]').length, file).toBeGreaterThanOrEqual(1);
    }
    // open-dagen places its next step with <Cta /> at the end of its body: one block, there, not a second one after it.
    const openDagen = $('basisschool/open-dagen/index.html');
    // (After the body, only the site search's hidden filter values follow.)
    expect(openDagen('main > :not([hidden])').last().is('#volgende-stap'), 'the <Cta /> at the end of the body is the block').toBe(true);
    expect(openDagen('#volgende-stap').text()).toContain(pagesByPath.get('/basisschool/aanmelden/')?.data.description);
  });

  it('ends a lead form at a thank-you page with a download button, the journey’s next step and what happens with the data', () => {
    const page = $('bedankt/schoolgids/index.html');
    const button = page('main a.wegwijzer-button[download]');
    expect(button.attr('href')).toBe('/brochures/schoolgids-2027.pdf');
    expect(button.text().replace(/\s+/g, ' ')).toMatch(/^\s*Download Schoolgids basisonderwijs Voorbeeldstad 2027 ?, \(PDF, \d+ kB\)\s*$/);
    const next = page('#volgende-stap a.wegwijzer-button');
    expect(next.attr('href')).toBe('/basisschool/na-aanmelden/');
    expect(page('main').text()).toMatch(/bewaart ze 12 maanden en gebruikt ze alleen voor deze aanvraag/);
    expect(page('main a[href="/privacy/"]').length).toBe(1);
    // A free download asks no data: no data line on its thank-you page.
    expect($('bedankt/busplanner/index.html')('main').text()).not.toContain('Wat gebeurt er met uw gegevens');
  });

  it('ends the form of a download offered in two journeys at a thank-you page per page, each with its own journey’s next step', () => {
    // The VeiligeBuurt handleiding: the CTA of app-installeren (buurtbewoners, beslissing) and a card on open-dagen (ouders, overweging).
    const offers = [
      { page: 'basisschool/open-dagen', persona: 'ouders', next: '/basisschool/aanmelden/' },
      { page: 'veilige-buurt/app-installeren', persona: 'buurtbewoners', next: '/basisschool/na-aanmelden/' },
    ];
    for (const { page, persona, next } of offers) {
      const thankYou = `/bedankt/veiligebuurt-handleiding/${page}/`;
      const form = $(`${page}/index.html`)('form[data-lead-form]').filter((_, element) => $(`${page}/index.html`)(element).find('input[name="download"][value="veiligebuurt-handleiding"]').length === 1);
      expect(form.attr('data-thank-you'), page).toBe(thankYou);
      expect(form.find('input[name="persona"]').val(), page).toBe(persona);
      const html = $(`${thankYou.slice(1)}index.html`);
      expect(html('#volgende-stap a.wegwijzer-button').attr('href'), thankYou).toBe(next);
      expect(html('main a.wegwijzer-button[download]').attr('href')).toBe('/brochures/veiligebuurt-handleiding.pdf');
      expect(html('meta[name="robots"]').attr('content'), thankYou).toContain('noindex');
    }
    // The download's own thank-you page stays, for a link or a form built before.
    expect(built.exists('bedankt/veiligebuurt-handleiding/index.html')).toBe(true);
  });

  it('states format and size on every download card, gated or not', () => {
    for (const file of built.htmlFiles) {
      for (const card of $(file)('[data-download]').toArray()) expect($(file)(card).find('.details').first().text(), file).toMatch(/^PDF, \d+ kB$/);
    }
  });

  it('puts editors’ Markdown tables in a named, focusable scrolling region', () => {
    const region = $('bus/reisplanner/index.html')('main .wegwijzer-table-scroll');
    expect(region.length).toBe(1);
    expect(region.attr('role')).toBe('region');
    expect(region.attr('tabindex')).toBe('0');
    expect(region.attr('aria-label')).toBe('Tabel');
    expect(region.find('table thead th').first().text()).toBe('Lijn');
  });
});

describe('landing components', () => {
  const LANDING = 'veilige-buurt/app-installeren/index.html';

  it('builds a campaign page with Hero, Features, Stats, Event and the gated form', () => {
    const page = $(LANDING);
    expect(page('main .hero h2').text()).toBe('In 5 minuten doet u mee');
    expect(page('main .hero a.wegwijzer-button').attr('href')).toBe('#volgende-stap');
    expect(page('main .features li').length).toBe(3);
    expect(page('main .features li svg[aria-hidden="true"]').length).toBe(3);
    expect(page('main .stats li .value').toArray().map((value) => page(value).text())).toEqual(['300', '50%', '5 min']);
    expect(page('main .stats .source').text()).toBe('Bron: Gemeente Voorbeeldstad, 2026');
    expect(page('main .event h2').text()).toBe('Informatieavond VeiligeBuurt');
    expect(page('#volgende-stap form[data-lead-form]').length).toBe(1);
  });

  it('describes every Event as a schema.org Event with start, end and place, and offers it as an .ics file the build writes', () => {
    const withEvents = built.htmlFiles.filter((file) => $(file)('article.event').length > 0);
    expect(withEvents.sort()).toEqual(['basisschool/open-dagen/index.html', LANDING]);
    for (const file of withEvents) {
      const events = jsonLdBlocks(file).flatMap(nodesOf).filter((node) => node['@type'] === 'Event') as { name: string; startDate: string; endDate: string; location: { '@type': string; name: string; address?: string }; organizer: unknown; eventAttendanceMode: string }[];
      const articles = $(file)('article.event').toArray();
      expect(events.map((event) => event.name), file).toEqual(articles.map((article) => $(file)(article).find('.title').text()));
      for (const [index, event] of events.entries()) {
        expect(event.startDate, file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+01:00$/);
        expect(Date.parse(event.endDate), file).toBeGreaterThan(Date.parse(event.startDate));
        expect(event.location, file).toMatchObject({ '@type': 'Place', name: expect.any(String), address: expect.stringContaining('Voorbeeldstad') });
        expect(event.organizer, file).toEqual({ '@id': `${SITE}/#organisatie` });
        expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
        const article = $(file)(articles[index]);
        expect(article.find('time').first().attr('datetime'), file).toBe(event.startDate);
        const link = article.find('a[download]');
        expect(link.attr('download'), file).toMatch(/^evenement-\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.ics$/);
        // A file of the site itself, named as it downloads, with link text that says what it is.
        expect(link.attr('href'), file).toBe(`/agenda/${link.attr('download')}`);
        expect(link.text().replace(/\s+/g, ' ').trim(), file).toBe(`Zet in uw agenda: ${event.name} (agenda-bestand, ICS)`);
        const ics = built.read((link.attr('href') ?? '').slice(1));
        const calendar = new ICAL.Component(ICAL.parse(ics));
        const vevent = calendar.getFirstSubcomponent('vevent');
        if (vevent === null) throw new Error(`${link.attr('href')} has no VEVENT`);
        const parsed = new ICAL.Event(vevent);
        expect(parsed.summary, file).toBe(event.name);
        expect(parsed.startDate.toJSDate().getTime(), file).toBe(Date.parse(event.startDate));
        expect(parsed.endDate.toJSDate().getTime(), file).toBe(Date.parse(event.endDate));
        expect(parsed.location, file).toBe(`${event.location.name}, ${event.location.address}`);
        expect(parsed.uid, file).toBe(`${link.attr('download')?.replace(/\.ics$/, '')}@www.voorbeeldstad.nl`);
        expect(vevent.getFirstPropertyValue('dtstamp'), file).not.toBeNull();
        expect(vevent.getFirstPropertyValue('url'), file).toBe(`${SITE}${urlPathOf(file)}`);
        // RFC 5545: CRLF line ends, lines of at most 75 octets.
        expect(ics.replace(/\r\n/g, '').includes('\n'), file).toBe(false);
        expect(ics.endsWith('\r\n'), file).toBe(true);
        for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line), file).toBeLessThanOrEqual(75);
      }
    }
    // The description is the text between the tags; text is escaped for iCalendar (a comma as `\,`).
    const evening = built.read('agenda/evenement-2027-02-11-informatieavond-veiligebuurt.ics');
    const description = new ICAL.Component(ICAL.parse(evening)).getFirstSubcomponent('vevent')?.getFirstPropertyValue('description');
    expect(description).toBe('Iemand van de buurtgroep laat zien hoe de app werkt. Neem uw telefoon mee: we helpen u de app te installeren.');
    expect(evening.replace(/\r\n /g, '')).toContain('LOCATION:Buurthuis De Schakel\\, Dorpsstraat 12\\, 1234 CD Voorbeeldstad');
    const open = jsonLdBlocks('basisschool/open-dagen/index.html').flatMap(nodesOf).find((node) => node['@type'] === 'Event');
    expect(open).toMatchObject({ name: 'Open dag Basisschool De Regenboog', startDate: '2027-01-20T09:00:00+01:00', endDate: '2027-01-20T12:00:00+01:00', location: { name: 'Basisschool De Regenboog' } });
  });

  it('links pages of the site with Cards, titled by the pages themselves, and a generated page with its own title', () => {
    const cards = $('bus/index.html')('main .cards li');
    expect(cards.find('a').toArray().map((link) => $('bus/index.html')(link).attr('href'))).toEqual(['/bus/proefreis/', '/bus/reisplanner/', '/privacy/']);
    expect(cards.first().find('h3').text()).toBe(pagesByPath.get('/bus/proefreis/')?.data.title);
    expect(cards.eq(1).text()).toContain(pagesByPath.get('/bus/reisplanner/')?.data.description);
    expect(cards.last().find('h3').text()).toBe('Uw gegevens');
  });

  it('serves every content image as a responsive picture: AVIF and WebP, width and height, lazy unless it opens the page', () => {
    let pictures = 0;
    // AVIF is encoded at a low effort to keep builds fast (src/integration/images.ts); it must still
    // weigh less than the WebP of the same width, or offering it first would cost visitors bytes.
    const bytes = (url: string) => readFileSync(join(built.dir, url)).length;
    const files = (source: ReturnType<CheerioAPI>) => (source.attr('srcset') ?? '').split(', ').map((candidate) => candidate.split(' ')[0] ?? '');
    for (const file of built.htmlFiles) {
      const page = $(file);
      for (const image of page('main img').toArray()) {
        const img = page(image);
        expect(img.attr('alt'), `${file}: ${img.attr('src')}`).toBeDefined();
        if (img.parent().is('picture')) {
          pictures++;
          const sources = img.parent().find('source').toArray().map((source) => page(source).attr('type'));
          expect(sources, file).toEqual(['image/avif', 'image/webp']);
          const [avif, webp] = [files(img.parent().find('source[type="image/avif"]')), files(img.parent().find('source[type="image/webp"]'))];
          expect(avif.length, file).toBe(webp.length);
          avif.forEach((url, index) => expect(bytes(url), `${file}: ${url}`).toBeLessThan(bytes(webp[index] ?? '')));
          expect(Number(img.attr('width')), file).toBeGreaterThan(0);
          expect(Number(img.attr('height')), file).toBeGreaterThan(0);
          expect((img.attr('srcset') ?? '').split(',').length, `${file}: several widths`).toBeGreaterThanOrEqual(3);
          expect(img.attr('sizes'), file).toBeTruthy();
          const opensPage = img.closest('.hero, .hub-intro').length > 0;
          expect(img.attr('loading'), `${file}: ${img.attr('alt')}`).toBe(opensPage ? 'eager' : 'lazy');
          if (opensPage) expect(img.attr('fetchpriority'), file).toBe('high');
        }
      }
    }
    expect(pictures).toBeGreaterThanOrEqual(8);
    const figure = $('basisschool/open-dagen/index.html')('main figure.figure');
    expect(figure.find('figcaption').text()).toBe('Op een open dag bekijkt u de klassen en stelt u uw vragen.');
    expect(figure.find('img').attr('loading')).toBe('lazy');
  });
});

describe('SEO tags', () => {
  it('gives every page title, description, canonical, OpenGraph and Twitter tags with the right values', () => {
    for (const file of built.htmlFiles) {
      const page = $(file);
      const path = urlPathOf(file);
      const content = pagesByPath.get(path);
      const title = page('title').text();
      const description = page('meta[name="description"]').attr('content') ?? '';
      if (content) {
        expect(title, file).toBe(`${content.data.title} | ${ORGANISATION}`);
        expect(description, file).toBe(content.data.description);
      } else {
        expect(title, file).toMatch(new RegExp(`(^${ORGANISATION}$)|( \\| ${ORGANISATION}$)`));
        expect(description.length, file).toBeGreaterThan(20);
        expect(description.length, file).toBeLessThanOrEqual(160);
      }
      expect(page('title').length, file).toBe(1);
      const canonical = page('link[rel="canonical"]').attr('href');
      if (file === '404.html') {
        expect(canonical, file).toBeUndefined();
      } else {
        expect(canonical, file).toBe(`${SITE}${path}`);
        expect(canonical, file).toMatch(/\/$/);
        expect(page('meta[property="og:url"]').attr('content'), file).toBe(canonical);
      }
      expect(page('meta[property="og:title"]').attr('content'), file).toBe(title);
      expect(page('meta[property="og:description"]').attr('content'), file).toBe(description);
      expect(page('meta[property="og:locale"]').attr('content'), file).toBe('nl_NL');
      expect(page('meta[name="twitter:card"]').attr('content'), file).toBe('summary_large_image');
      expect(page('meta[name="twitter:title"]').attr('content'), file).toBe(title);
      expect(page('meta[name="twitter:description"]').attr('content'), file).toBe(description);
      const image = page('meta[property="og:image"]').attr('content') ?? '';
      // A page's own `image` wins; every other page links its own generated image.
      expect(image, file).toBe(content?.data.image ? `${SITE}${content.data.image}` : `${SITE}${ogImagePath(path)}`);
      expect(page('meta[name="twitter:image"]').attr('content'), file).toBe(image);
      expect(built.exists(new URL(image).pathname.slice(1)), `${file}: ${image} is built`).toBe(true);
    }
  });

  it('gives every page its own link-preview image file: 1200×630 PNG, its title as alt text', () => {
    const generated = built.htmlFiles.filter((file) => !pagesByPath.get(urlPathOf(file))?.data.image);
    expect(generated.length).toBe(built.htmlFiles.length - 1);
    const images = new Set<string>();
    for (const file of generated) {
      const page = $(file);
      const path = new URL(page('meta[property="og:image"]').attr('content') ?? '').pathname;
      images.add(path);
      const png = readFileSync(join(built.dir, path));
      expect(png.subarray(1, 4).toString(), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1200, 630]);
      expect([page('meta[property="og:image:width"]').attr('content'), page('meta[property="og:image:height"]').attr('content')], file).toEqual(['1200', '630']);
      const content = pagesByPath.get(urlPathOf(file));
      if (content) expect(page('meta[property="og:image:alt"]').attr('content'), file).toBe(content.data.title);
    }
    expect(images.size, 'one image per page').toBe(generated.length);
    // A page with its own image gets no generated one, and no alt text for an image it did not describe.
    expect(built.exists(ogImagePath(OWN_IMAGE_PAGE).slice(1))).toBe(false);
    expect($(`${OWN_IMAGE_PAGE.slice(1)}index.html`)('meta[property="og:image:alt"]').length).toBe(0);
  });

  it('draws the link-preview images on the primary colour of the site’s theme.css', () => {
    const themeColour = /--wegwijzer-color-primary:\s*(#[0-9a-f]{6})/.exec(built.site.read('theme.css'))?.[1];
    expect(themeColour).toBe('#005a5b');
    for (const image of ['og/index.png', 'og/basisschool/open-dagen.png']) expect(firstPixel(readFileSync(join(built.dir, image))), image).toBe(themeColour);
  });

  it('marks exactly the noindex pages, the thank-you pages, the search page and the 404 page with robots noindex', () => {
    const noindex = built.htmlFiles.filter((file) => $(file)('meta[name="robots"]').attr('content') === 'noindex');
    const expected = built.htmlFiles.filter((file) => file === '404.html' || file.startsWith('bedankt/') || file === 'zoeken/index.html' || pagesByPath.get(urlPathOf(file))?.data.noindex === true);
    expect(noindex).toEqual(expected);
    expect(noindex).toEqual(expect.arrayContaining(['404.html', 'bus/onderweg/index.html', 'bedankt/open-dag/index.html', 'zoeken/index.html']));
    // The journey map is a tool for the team: a build has it only when the `journeyMap` option asks.
    expect(built.exists('_wegwijzer/reis/index.html')).toBe(false);
  });
});

describe('JSON-LD', () => {
  it('parses on every page and describes page, breadcrumb, site and publisher', () => {
    for (const file of built.htmlFiles) {
      const types = typesOf(file);
      expect(types, file).toContain('GovernmentOrganization');
      expect(types, file).toContain('WebSite');
      if (file !== '404.html') {
        expect(pageNodesOf(file).map((node) => node.url), `${file}: one node describes the page`).toEqual([`${SITE}${urlPathOf(file)}`]);
        expect(types, file).toContain('BreadcrumbList');
      }
      const ids = jsonLdBlocks(file).flatMap(nodesOf).map((node) => node['@id']).filter((id) => id !== undefined);
      expect(new Set(ids).size, `${file}: every @id names one node`).toBe(ids.length);
      for (const node of jsonLdBlocks(file)) expect(node['@context'], file).toBe('https://schema.org');
    }
  });

  it('names the publisher with URL and logo, and ends each breadcrumb at the page itself', () => {
    for (const file of built.htmlFiles.filter((candidate) => candidate !== '404.html')) {
      const nodes = jsonLdBlocks(file).flatMap(nodesOf);
      const publisher = nodes.find((node) => node['@type'] === 'GovernmentOrganization');
      expect(publisher, file).toMatchObject({ name: ORGANISATION, url: SITE, logo: { '@type': 'ImageObject', url: `${SITE}/images/logo.svg` } });
      const breadcrumb = nodes.find((node) => node['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; item: string }[] };
      expect(breadcrumb.itemListElement[0]?.item, file).toBe(`${SITE}/`);
      expect(breadcrumb.itemListElement.at(-1)?.item, file).toBe(`${SITE}${urlPathOf(file)}`);
      expect(breadcrumb.itemListElement.map((item) => item.position), file).toEqual(breadcrumb.itemListElement.map((_, index) => index + 1));
    }
  });

  it('describes every download card on a page as a DigitalDocument, and only those', () => {
    for (const file of built.htmlFiles) {
      const documents = jsonLdBlocks(file).flatMap(nodesOf).filter((node) => node['@type'] === 'DigitalDocument');
      const cards = $(file)('[data-download]').toArray().map((card) => $(file)(card).attr('data-download'));
      const shown = snapshot.downloads.filter((download) => cards.includes(download.id));
      expect(documents, file).toEqual(
        shown.map((download) =>
          expect.objectContaining({
            name: download.data.title,
            description: download.data.description,
            // A gated document is found at its form, so search engines do not lead visitors past it.
            url: download.data.gate === 'form' ? `${SITE}${urlPathOf(file)}` : `${SITE}${download.data.file}`,
            encodingFormat: 'application/pdf',
            publisher: { '@id': `${SITE}/#organisatie` },
          }),
        ),
      );
    }
    // Every page whose CTA is a download shows its card, and so its document.
    for (const file of contentFiles().filter((candidate) => pagesByPath.get(urlPathOf(candidate))?.data.cta.download !== undefined)) {
      expect($(file)(`[data-download="${pagesByPath.get(urlPathOf(file))?.data.cta.download}"]`).length, file).toBe(1);
    }
    expect($(DOWNLOAD_IN_BODY_PAGE)('[data-download="busplanner"]').length, 'a card in the page body counts too').toBe(1);
  });

  it('types exactly the pages with a Faq as FAQPage, with one Question per visible <details>', () => {
    const faqFiles = built.htmlFiles.filter((file) => typesOf(file).includes('FAQPage'));
    expect(faqFiles.sort()).toEqual(['basisschool/aanmelden/index.html', 'bus/onderweg/index.html']);
    expect(faqFiles).toEqual(built.htmlFiles.filter((file) => $(file)('.faq details').length > 0));
    for (const file of faqFiles) {
      const [faq] = pageNodesOf(file) as { '@type': string; mainEntity: { '@type': string; name: string; acceptedAnswer: { text: string } }[] }[];
      expect(faq?.['@type'], `${file}: the page itself is the FAQPage`).toBe('FAQPage');
      const summaries = $(file)('details summary').toArray().map((summary) => $(file)(summary).text());
      expect(faq?.mainEntity.map((question) => question.name), file).toEqual(summaries);
      for (const question of faq?.mainEntity ?? []) {
        expect(question['@type']).toBe('Question');
        expect(question.acceptedAnswer.text.length).toBeGreaterThan(10);
      }
    }
    expect(built.read('bus/onderweg/index.html')).not.toContain('<script>alert(1)');
    expect(pageNodesOf('bus/onderweg/index.html')[0]?.mainEntity).toEqual(expect.arrayContaining([expect.objectContaining({ name: TRICKY_QUESTION })]));
  });
});

describe('sitemap and robots.txt', () => {
  it('lists exactly the indexable pages', () => {
    const index = load(built.read('sitemap-index.xml'), { xml: true });
    const sitemaps = index('sitemap > loc').toArray().map((loc) => new URL(index(loc).text()).pathname.slice(1));
    const listed = sitemaps.flatMap((file) => {
      const sitemap = load(built.read(file), { xml: true });
      return sitemap('url > loc').toArray().map((loc) => sitemap(loc).text());
    });
    const indexable = built.htmlFiles.filter((file) => $(file)('meta[name="robots"]').attr('content') !== 'noindex').map((file) => `${SITE}${urlPathOf(file)}`);
    expect(listed.sort()).toEqual(indexable.sort());
    expect(listed).not.toContain(`${SITE}/bus/onderweg/`);
    expect(listed).not.toContain(`${SITE}/bedankt/open-dag/`);
    expect(listed).toContain(`${SITE}/voor/ouders/`);
  });

  it('names the sitemap in robots.txt', () => {
    const robots = built.read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index\\.xml$`, 'm'));
    expect(built.exists('sitemap-index.xml')).toBe(true);
  });
});

describe('security.txt', () => {
  it('follows RFC 9116: contacts from the options, Expires within a year, canonical URL', () => {
    const text = built.read('.well-known/security.txt');
    const fields = text.trimEnd().split('\n').map((line) => {
      const match = /^([A-Za-z-]+): (.+)$/.exec(line);
      expect(match, `line "${line}"`).not.toBeNull();
      return [match?.[1] ?? '', match?.[2] ?? ''] as const;
    });
    const values = (name: string) => fields.filter(([field]) => field === name).map(([, value]) => value);
    expect(values('Contact')).toEqual(project.options.security.contact);
    const expires = values('Expires');
    expect(expires).toHaveLength(1);
    expect(expires[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const days = (Date.parse(expires[0] ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThan(365);
    expect(values('Canonical')).toEqual([`${SITE}/.well-known/security.txt`]);
  });
});

describe('journey navigation', () => {
  it('shows a step indicator per persona journey, with position, current step and links, on every content page', () => {
    for (const file of contentFiles()) {
      const page = pagesByPath.get(urlPathOf(file));
      if (page === undefined) throw new Error(file);
      const positions = stepPositions(page, snapshot.personas, snapshot.pages, snapshot.phases);
      expect(positions.length, `${file} has a journey position`).toBeGreaterThan(0);
      const navs = $(file)('nav.step-indicator').toArray().map((element) => $(file)(element));
      expect(navs.length, file).toBe(positions.length);
      for (const [index, position] of positions.entries()) {
        const nav = navs[index];
        if (nav === undefined) throw new Error(file);
        const label = $(file)(`#${nav.attr('aria-labelledby')}`);
        expect(label.closest('nav.step-indicator').get(0), `${file}: the label belongs to its own indicator`).toBe(nav.get(0));
        expect(label.text(), file).toContain(position.personaName);
        // Citizens see the editors' own word for a step, or a plain default word, never the strategy's phase label.
        const stepLabel = position.label ?? dutchTexts(`step.${position.phase.id}` as StringKey);
        expect(stepLabel, file).not.toBe(position.phase.label);
        expect(nav.text(), file).toContain(`stap ${position.step} van ${position.total} — ${stepLabel}`);
        const current = nav.find('[aria-current="step"]');
        expect(current.length, file).toBe(1);
        expect(current.text(), file).toContain(stepLabel);
        expect(nav.find('ol > li').length, file).toBe(position.total);
        const previous = nav.find('a[rel="prev"]').attr('href');
        if (position.step === 1) expect(previous, file).toBeUndefined();
        else expect(previous && pagesByPath.get(normalizePath(previous))?.data.phase, file).toBe(position.stages[position.step - 2]?.phase.id);
        const next = nav.find('a[rel="next"]').attr('href');
        expect(next, file).toBe(handoffTarget(page) === undefined ? (page.data.cta.href ?? '#volgende-stap') : handoffPath(page.url));
        if (next === '#volgende-stap') {
          // The next step is the download card: a form for a gated download, else a direct link.
          const gated = page.data.cta.download !== undefined && snapshot.downloads.find((download) => download.id === page.data.cta.download)?.data.gate === 'form';
          const selector = gated ? '#volgende-stap .download form[action]' : '#volgende-stap .download a[download]';
          expect($(file)(selector).length, file).toBe(1);
        }
      }
    }
    expect($(SHARED_PAGE)('nav.step-indicator').length, 'the page of two personas shows both journeys').toBe(2);
    expect($('bus/proefreis/index.html')('nav.step-indicator [aria-current="step"]').text()).toContain('Gratis proefreis');
    expect($('basisschool/open-dagen/index.html')('nav.step-indicator').text()).toContain('Een basisschool kiezen: stap 2 van 4 — Open dagen');
  });
});

describe('no JavaScript, no other origins', () => {
  it('has no <script> but JSON-LD on pages without a video or a form (the header search box is a plain form)', () => {
    const plain = built.htmlFiles.filter((file) => file !== VIDEO_PAGE && $(file)('main form').length === 0);
    expect(plain).toEqual(expect.arrayContaining(contentFiles().filter((file) => file !== VIDEO_PAGE && !file.startsWith('basisschool/aanmelden') && !file.startsWith('basisschool/open-dagen') && !file.startsWith('veilige-buurt/app-installeren'))));
    for (const file of plain) {
      const scripts = $(file)('script').toArray().map((script) => $(file)(script).attr('type'));
      expect(scripts.filter((type) => type !== 'application/ld+json'), file).toEqual([]);
    }
  });

  it('loads YouTube only after a click on the video page', () => {
    const page = $(VIDEO_PAGE);
    expect(page('iframe').length).toBe(0);
    expect(page('button[data-video-id]').length).toBe(1);
    expect(page('.video img').attr('src')).toMatch(/^\/images\//);
    // One inline script for the player; the page's contact request form brings its own (a file, from this site).
    const scripts = page('script:not([type="application/ld+json"])').toArray().map((element) => page(element));
    expect(scripts.filter((script) => script.attr('src') === undefined)).toHaveLength(1);
    expect(scripts.filter((script) => script.attr('src') !== undefined).map((script) => script.attr('src'))).toEqual([expect.stringMatching(/^\/_astro\/[^/]+\.js$/)]);
    // The player's address is on the button (from the one definition in src/security/headers.ts); the script uses it on click.
    expect(scripts.find((script) => script.attr('src') === undefined)?.html()).toContain('videoSrc');
    expect(page('button[data-video-id]').attr('data-video-src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1$/);
  });

  it('requests nothing from another origin', () => {
    for (const file of built.htmlFiles) {
      const page = $(file);
      const resources = [
        ...page('img[src], script[src], iframe[src], video[src], source[src]').toArray().map((element) => page(element).attr('src') ?? ''),
        ...page('link[href]').not('[rel="canonical"]').toArray().map((element) => page(element).attr('href') ?? ''),
      ];
      for (const resource of resources) expect(resource, `${file}: ${resource}`).toMatch(/^\/(?!\/)/);
      // Stylesheets may not pull fonts or images from elsewhere either (a font CDN in a theme).
      const css = cssOf(file);
      expect(css.length, file).toBeGreaterThan(0);
      expect(css.match(/(?:url\(\s*['"]?|@import\s+['"]?)\s*(?:[a-z]+:)?\/\//gi) ?? [], `${file}: stylesheet loads from another origin`).toEqual([]);
    }
  });

  it('keeps the CSS of every page under 15 KB gzipped', () => {
    for (const file of built.htmlFiles) {
      expect(gzipSync(cssOf(file)).length, file).toBeLessThan(15_000);
    }
  });
});

/**
 * Renders every page at 320 px in headless Chromium, inside same-origin iframes of one probe page,
 * and reads back what the probe measured: the page width, every link or button smaller than 24 px,
 * every focusable element that shows no outline of at least 2 px when it has keyboard focus, and
 * every video play button whose background stays the same when focused, and every element that
 * scrolls sideways without taking keyboard focus.
 */
const PROBE = `<!doctype html><html lang="en"><head><title>probe</title></head><body><pre id="result">pending</pre><script>
const urls = JSON.parse(decodeURIComponent(location.hash.slice(1)));
const results = {};
let left = urls.length;
for (const url of urls) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:320px;height:600px;border:0';
  frame.onload = () => {
    const doc = frame.contentDocument;
    const targets = [...doc.querySelectorAll('nav a, footer a, .wegwijzer-button, button, summary')]
      .map((element) => ({ text: element.textContent.trim().slice(0, 40), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 24 || box.width < 24)
      .map(({ text, box }) => text + ' ' + Math.round(box.width) + 'x' + Math.round(box.height));
    const noFocus = [...doc.querySelectorAll('a[href], button, summary')]
      .filter((element) => {
        element.focus();
        const style = frame.contentWindow.getComputedStyle(element);
        return doc.activeElement !== element || style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2;
      })
      .map((element) => element.textContent.trim().slice(0, 40));
    // A play button sits on a poster of any colour: focus must change the button itself, not only add an outline.
    const unchangedVideoFocus = [...doc.querySelectorAll('button[data-video-id]')]
      .filter((button) => {
        button.blur();
        const before = frame.contentWindow.getComputedStyle(button).backgroundColor;
        button.focus();
        return frame.contentWindow.getComputedStyle(button).backgroundColor === before;
      })
      .map((button) => button.textContent.trim().slice(0, 40));
    // Anything that scrolls sideways must take keyboard focus, or keyboard users cannot reach what is cut off.
    const unreachableScrollers = [...doc.querySelectorAll('body *')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1 && /auto|scroll/.test(frame.contentWindow.getComputedStyle(element).overflowX) && element.tabIndex < 0)
      .map((element) => element.tagName + '.' + element.className);
    // The footer ends at the bottom of the window, also on a short page. Less than a pixel is the rounding of a
    // page whose height is fractional once scrolled to its end (focusing the footer's links does), not a gap.
    const footerGap = Math.floor(frame.contentWindow.innerHeight - doc.querySelector('footer').getBoundingClientRect().bottom);
    // A table wider than the screen shows that it scrolls: shadows at its edges.
    const tables = [...doc.querySelectorAll('.wegwijzer-table-scroll')].map((element) => ({ overflows: element.scrollWidth > element.clientWidth + 1, shadows: frame.contentWindow.getComputedStyle(element).backgroundImage.includes('gradient') }));
    results[url] = { width: doc.documentElement.scrollWidth, smallTargets: targets, noFocus, unchangedVideoFocus, unreachableScrollers, footerGap, tables };
    if (--left === 0) document.getElementById('result').textContent = JSON.stringify(results);
  };
  frame.src = url;
  document.body.append(frame);
}
</script></body></html>`;

describe('layout at 320 px (headless Chromium)', () => {
  it('scrolls no page sideways, gives navigation links and buttons a 24 px target and shows focus', async () => {
    const server = await serveStatic(built.dir, { '/__probe.html': PROBE });
    try {
      const urls = built.htmlFiles.map(urlPathOf);
      const chromium = await run(
        '/usr/bin/chromium',
        ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--virtual-time-budget=15000', '--dump-dom', `${server.origin}/__probe.html#${encodeURIComponent(JSON.stringify(urls))}`],
        built.site.root,
      );
      const result = /<pre id="result">(.*?)<\/pre>/s.exec(chromium.stdout)?.[1];
      expect(result, chromium.output.slice(0, 2000)).toMatch(/^\{/);
      const measured = JSON.parse((result ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) as Record<
        string,
        { width: number; smallTargets: string[]; noFocus: string[]; unchangedVideoFocus: string[]; unreachableScrollers: string[]; footerGap: number; tables: { overflows: boolean; shadows: boolean }[] }
      >;
      expect(Object.keys(measured).sort()).toEqual([...urls].sort());
      // The privacy statement's and the bus timetable's tables are wider than 320 px: the check below is not empty.
      expect(measured['/privacy/']?.tables).toEqual([{ overflows: true, shadows: true }]);
      expect(measured['/bus/reisplanner/']?.tables).toEqual([{ overflows: true, shadows: true }]);
      for (const [url, { width, smallTargets, noFocus, unchangedVideoFocus, unreachableScrollers, footerGap, tables }] of Object.entries(measured)) {
        expect(footerGap, `${url}: the footer floats above the bottom of the window`).toBeLessThanOrEqual(0);
        for (const table of tables) if (table.overflows) expect(table.shadows, `${url}: a table scrolls without showing it`).toBe(true);
        expect(width, `${url} is wider than 320 px`).toBeLessThanOrEqual(320);
        expect(smallTargets, url).toEqual([]);
        expect(noFocus, `${url}: focus not visible on`).toEqual([]);
        expect(unchangedVideoFocus, `${url}: focus does not change the play button`).toEqual([]);
        expect(unreachableScrollers, `${url}: scrolls sideways but takes no keyboard focus`).toEqual([]);
      }
    } finally {
      await server.close();
    }
  });
});

describe('video in Chromium', () => {
  /** Opens the video page, recording every request to another origin (and aborting it: tests stay offline). */
  async function openVideoPage(javaScriptEnabled: boolean) {
    const server = await serveStatic(built.dir);
    const browser = await launchChromium();
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin)) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    await page.goto(`${server.origin}${urlPathOf(VIDEO_PAGE)}`, { waitUntil: 'load' });
    const close = async () => {
      await browser.close();
      await server.close();
    };
    return { page, elsewhere, close };
  }

  it('contacts no other site until the visitor clicks play, then loads the youtube-nocookie player', async () => {
    const { page, elsewhere, close } = await openVideoPage(true);
    try {
      // The poster is lazy: it may finish loading after the load event.
      await expect.poll(() => page.locator('.video img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
      expect(await page.locator('iframe').count()).toBe(0);
      expect(elsewhere).toEqual([]);
      await page.getByRole('button', { name: /Video afspelen/ }).click();
      const player = page.locator('.video iframe');
      expect(await player.getAttribute('src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1$/);
      expect(await player.evaluate((frame) => frame === document.activeElement)).toBe(true);
      await expect.poll(() => elsewhere.some((url) => url.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true);
      expect(elsewhere.filter((url) => !url.startsWith('https://www.youtube-nocookie.com/'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows no dead play button without JavaScript, only the link to the video', async () => {
    const { page, elsewhere, close } = await openVideoPage(false);
    try {
      expect(await page.getByRole('button', { name: /Video afspelen/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Bekijk de video op YouTube' }).isVisible()).toBe(true);
      expect(elsewhere).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('axe in Chromium', () => {
  it('finds no WCAG 2.2 A/AA violation on every page, at 375 and at 1280 px', async () => {
    const server = await serveStatic(built.dir);
    const browser = await launchChromium();
    try {
      const violations: string[] = [];
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        // Offline like the tests: nothing outside the site is fetched.
        await page.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
        for (const file of built.htmlFiles) {
          await page.goto(`${server.origin}${urlPathOf(file)}`, { waitUntil: 'load' });
          // The same axe run as `wegwijzer verify`.
          for (const found of await checkAccessibility(page, `${width}px ${file}`)) violations.push(`${found.page}: ${found.message}`);
        }
        await page.close();
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('W3C Nu HTML checker', () => {
  it('reports no errors over the built site', async () => {
    expect(await validateHtml({ staticDir: built.dir })).toEqual([]);
  });
});
