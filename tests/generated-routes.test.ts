/** The gate knows the routes Wegwijzer generates: CTAs may link them, pages may not take them. */
import { afterEach, describe, expect, it } from 'vitest';
import { gateOptions, generatedRoutes, runGate } from '../src/content/gate.ts';
import { DEFAULT_PHASES } from '../src/journey/phases.ts';
import { GALLERY_PATH, GENERATED_ROUTES, isInjected } from '../src/journey/urls.ts';
import { copyFixtureSite, type TempSite } from './support/site.ts';

const sites: TempSite[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) site.dispose();
});

const gate = (site: TempSite) => runGate(gateOptions(site.root, 'public', { phases: DEFAULT_PHASES }));

describe('generated routes', () => {
  it('are home, 404, the statements, the search page, robots.txt, security.txt, a hub per persona, a thank-you page per download and the inbox endpoint', () => {
    expect(generatedRoutes(['ouders', 'reizigers'], ['gids'])).toEqual([
      '/', '/404/', '/privacy/', '/toegankelijkheid/', '/zoeken/', '/robots.txt', '/.well-known/security.txt',
      '/voor/ouders/', '/voor/reizigers/', '/bedankt/gids/', '/aanvraag/',
    ]);
    expect(generatedRoutes([], [], false)).not.toContain('/aanvraag/');
  });

  it('include the component gallery in astro dev only: a build has none, so the gate refuses a link to it', () => {
    const gallery = GENERATED_ROUTES.find((route) => route.urls({ personaIds: [], downloadIds: [], inbox: true }).includes(GALLERY_PATH));
    expect(gallery && isInjected(gallery, { inbox: true, dev: true })).toBe(true);
    expect(gallery && isInjected(gallery, { inbox: true })).toBe(false);
    const site = copyFixtureSite();
    sites.push(site);
    site.edit('content/pages/veilige-buurt/buurtgroep.mdx', 'href: /\n', `href: ${GALLERY_PATH}\n`);
    expect(gate(site).problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['content/pages/veilige-buurt/buurtgroep.mdx cta.href']);
  });

  it('accept a link to a page’s generated link-preview image, unless `seo.defaultImage` replaces them', () => {
    const site = copyFixtureSite();
    sites.push(site);
    // The page has no image of its own, so the build writes /og/bus/reisplanner.png.
    site.edit('content/pages/veilige-buurt/buurtgroep.mdx', 'href: /\n', 'href: /og/bus/reisplanner.png\n');
    // The home page and the hubs get one too.
    site.edit('content/pages/basisschool/na-aanmelden.mdx', 'href: /\n', 'href: /og/voor/ouders.png\n');
    expect(gate(site).problems).toEqual([]);
    const withDefault = runGate(gateOptions(site.root, 'public', { phases: DEFAULT_PHASES, seo: { defaultImage: '/images/logo.svg' } }));
    expect(withDefault.problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual([
      'content/pages/basisschool/na-aanmelden.mdx cta.href',
      'content/pages/veilige-buurt/buurtgroep.mdx cta.href',
    ]);
  });

  it('refuse a link to the link-preview image of a page that has its own image', () => {
    const site = copyFixtureSite();
    sites.push(site);
    site.edit('content/pages/veilige-buurt/buurtgroep.mdx', 'href: /\n', 'href: /og/veilige-buurt/ervaringen.png\n');
    expect(gate(site).problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['content/pages/veilige-buurt/buurtgroep.mdx cta.href']);
  });

  it('accept a CTA that links security.txt, robots.txt or the sitemap, as the build serves them', () => {
    const site = copyFixtureSite();
    sites.push(site);
    site.edit('content/pages/basisschool/na-aanmelden.mdx', 'href: /\n', 'href: /.well-known/security.txt\n');
    site.edit('content/pages/veilige-buurt/buurtgroep.mdx', 'href: /\n', 'href: /robots.txt\n');
    site.edit('content/pages/bedankt/open-dag.mdx', 'href: /\n', 'href: /sitemap-index.xml\n');
    expect(gate(site).problems).toEqual([]);
  });

  it('accept a CTA that links a persona hub or a statement', () => {
    const site = copyFixtureSite();
    sites.push(site);
    site.edit('content/pages/basisschool/na-aanmelden.mdx', 'href: /\n', 'href: /voor/ouders/\n');
    site.edit('content/pages/veilige-buurt/buurtgroep.mdx', 'href: /\n', 'href: /privacy/\n');
    expect(gate(site).problems).toEqual([]);
  });

  it('refuse a CTA to the hub of a persona that does not exist', () => {
    const site = copyFixtureSite();
    sites.push(site);
    site.edit('content/pages/basisschool/na-aanmelden.mdx', 'href: /\n', 'href: /voor/grootouders/\n');
    expect(gate(site).problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['content/pages/basisschool/na-aanmelden.mdx cta.href']);
  });

  it('refuse a page that takes the URL of a persona hub', () => {
    const site = copyFixtureSite();
    sites.push(site);
    site.edit('content/pages/bus/onderweg.mdx', 'phase: gedrag\n', 'phase: gedrag\nslug: voor/reizigers\n');
    const problems = gate(site).problems;
    expect(problems).toEqual([expect.objectContaining({ file: 'content/pages/bus/onderweg.mdx', field: 'slug', message: expect.stringContaining('/voor/reizigers/, which Wegwijzer already uses') })]);
  });
});
