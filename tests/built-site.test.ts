/**
 * Assertions over the built fixture site (tests/fixtures/voorbeeldstad, built once per run by the
 * global setup): SEO tags, JSON-LD, sitemap, robots.txt, security.txt, journey navigation, zero
 * JavaScript and the W3C Nu HTML checker. The fixture differs from the example where real content
 * exercises the edge cases: one page is `noindex` and a thank-you page exists (sitemap rules), one
 * page has a second persona, one a download card in its body, one download a retention with hours,
 * and one FAQ question characters that must not break out of the JSON-LD `<script>`.
 */
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { gateOptions, generatedRoutes, runGate } from '../src/content/gate.ts';
import type { PageEntry, ContentSnapshot } from '../src/journey/model.ts';
import { stepPositions } from '../src/journey/steps.ts';
import { normalizePath } from '../src/journey/urls.ts';
import { loadProject, type Project } from '../src/cli/project.ts';
import { validateHtml } from '../src/verify/html-validity.ts';
import { launchChromium } from '../src/verify/chromium.ts';
import { builtFixture, urlPathOf, type BuiltSite } from './support/built.ts';
import { run } from './support/site.ts';
import { serveStatic } from './support/static-server.ts';

const SITE = 'https://www.voorbeeldstad.nl';
const ORGANISATION = 'Gemeente Voorbeeldstad';
const VIDEO_PAGE = 'veilige-buurt/ervaringen/index.html';
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
    expect([...retentionRows.keys()].sort()).toEqual(gated.map((download) => download.data.title).sort());
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
    expect(hub('h1').text()).toBe(snapshot.personas.find((persona) => persona.id === 'ouders')?.data.question);
    const links = hub('ol.journey a').toArray().map((link) => hub(link).attr('href'));
    expect(links).toEqual(['/basisschool/kiezen/', '/basisschool/open-dagen/', '/basisschool/aanmelden/', '/basisschool/na-aanmelden/', '/bedankt/open-dag/']);
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
      expect(image, file).toBe(`${SITE}/images/og-default.png`);
      expect(page('meta[name="twitter:image"]').attr('content'), file).toBe(image);
      expect(built.exists(new URL(image).pathname.slice(1)), `${file}: ${image} is built`).toBe(true);
    }
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
        expect(nav.text(), file).toContain(`stap ${position.step} van ${position.total} — ${position.phase.label}`);
        const current = nav.find('[aria-current="step"]');
        expect(current.length, file).toBe(1);
        expect(current.text(), file).toContain(position.phase.label);
        expect(nav.find('ol > li').length, file).toBe(position.total);
        const previous = nav.find('a[rel="prev"]').attr('href');
        if (position.step === 1) expect(previous, file).toBeUndefined();
        else expect(previous && pagesByPath.get(normalizePath(previous))?.data.phase, file).toBe(position.stages[position.step - 2]?.phase.id);
        const next = nav.find('a[rel="next"]').attr('href');
        expect(next, file).toBe(page.data.cta.href ?? '#volgende-stap');
        if (next === '#volgende-stap') {
          // The next step is the download card: a form for a gated download, else a direct link.
          const gated = page.data.cta.download !== undefined && snapshot.downloads.find((download) => download.id === page.data.cta.download)?.data.gate === 'form';
          const selector = gated ? '#volgende-stap .download form[action]' : '#volgende-stap .download a[download]';
          expect($(file)(selector).length, file).toBe(1);
        }
      }
    }
    expect($(SHARED_PAGE)('nav.step-indicator').length, 'the page of two personas shows both journeys').toBe(2);
  });
});

describe('no JavaScript, no other origins', () => {
  it('has no <script> but JSON-LD on pages without a video or a form (the header search box is a plain form)', () => {
    const plain = built.htmlFiles.filter((file) => file !== VIDEO_PAGE && $(file)('main form').length === 0);
    expect(plain).toEqual(expect.arrayContaining(contentFiles().filter((file) => file !== VIDEO_PAGE && !file.startsWith('basisschool/aanmelden') && !file.startsWith('veilige-buurt/app-installeren'))));
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
    const script = page('script:not([type="application/ld+json"])');
    expect(script.length).toBe(1);
    // The player's address is on the button (from the one definition in src/security/headers.ts); the script uses it on click.
    expect(script.html()).toContain('videoSrc');
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
    results[url] = { width: doc.documentElement.scrollWidth, smallTargets: targets, noFocus, unchangedVideoFocus, unreachableScrollers };
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
      const measured = JSON.parse((result ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) as Record<string, { width: number; smallTargets: string[]; noFocus: string[]; unchangedVideoFocus: string[]; unreachableScrollers: string[] }>;
      expect(Object.keys(measured).sort()).toEqual([...urls].sort());
      for (const [url, { width, smallTargets, noFocus, unchangedVideoFocus, unreachableScrollers }] of Object.entries(measured)) {
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

describe('W3C Nu HTML checker', () => {
  it('reports no errors over the built site', async () => {
    expect(await validateHtml({ staticDir: built.dir })).toEqual([]);
  });
});
