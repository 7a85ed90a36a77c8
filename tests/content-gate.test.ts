import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalOptions } from '../src/integration/options.fixtures.ts';
import { parseOptions } from '../src/integration/options.ts';
import { thankYouUrl } from '../src/journey/urls.ts';
import { isNeverIndexed } from '../src/seo/sitemap.ts';
import { copyFixtureSite } from './support/site.ts';
import { checkConfigImages, gateOptions, generatedRoutes, runGate } from '../src/content/gate.ts';

const site = copyFixtureSite();
afterAll(() => site.dispose());
const gate = (leads?: unknown) => runGate(gateOptions(site.root, 'public', parseOptions({ ...minimalOptions, leads })));

describe('generated lead routes', () => {
  it('reserves the inbox endpoint and a thank-you page per download', () => {
    expect(generatedRoutes([], ['schoolgids'])).toEqual(expect.arrayContaining(['/aanvraag/', '/bedankt/schoolgids/']));
    expect(thankYouUrl('busplanner')).toBe('/bedankt/busplanner/');
  });

  it('lets a CTA link to a thank-you page, and refuses a page that takes its URL', () => {
    site.edit('content/pages/bus/proefreis.mdx', /href: \S+/, 'href: /bedankt/busplanner/');
    expect(gate().problems.filter((problem) => problem.field === 'cta.href')).toEqual([]);
    mkdirSync(join(site.root, 'content/pages/bedankt'), { recursive: true });
    site.write('content/pages/bedankt/schoolgids.mdx', site.read('content/pages/basisschool/kiezen.mdx'));
    const problems = gate().problems.filter((problem) => problem.file === 'content/pages/bedankt/schoolgids.mdx');
    expect(problems.map((problem) => problem.message)).toContain('has the URL /bedankt/schoolgids/, which Wegwijzer already uses for a generated page');
  });

  it('reports a gated download without a HubSpot form in the gate', () => {
    const problems = gate({ provider: 'hubspot', portalId: '1', forms: { schoolgids: '78c2891f-ebdd-44c0-bd94-15c012bbbfbf' } }).problems;
    expect(problems.map((problem) => `${problem.file} › ${problem.field}`)).toContain('astro.config.mjs › leads.forms.veiligebuurt-handleiding');
  });

  it('keeps thank-you pages out of the sitemap', () => {
    expect(isNeverIndexed('https://www.voorbeeldstad.nl/bedankt/schoolgids/')).toBe(true);
    expect(isNeverIndexed('/bedankt/schoolgids')).toBe(true);
    expect(isNeverIndexed('/basisschool/bedankt/')).toBe(false);
  });
});

describe('images named in the options', () => {
  it('must exist under public/; unset ones are fine', () => {
    const publicFiles = new Set(['/images/logo.svg']);
    expect(checkConfigImages([['organisation.logo', '/images/logo.svg'], ['seo.defaultImage', undefined]], publicFiles)).toEqual([]);
    expect(checkConfigImages([['seo.defaultImage', '/images/og.png']], publicFiles)).toEqual([
      {
        file: 'astro.config.mjs',
        field: 'seo.defaultImage',
        message: 'option `seo.defaultImage` is /images/og.png, which does not exist under public/',
        fix: 'Put the image at public/images/og.png, or correct `seo.defaultImage` in astro.config.mjs.',
      },
    ]);
  });
});

describe('the home page and the journeys’ public fields', () => {
  const problemsOf = (file: string) => gate().problems.filter((problem) => problem.file === file).map((problem) => `${problem.field} ${problem.message} | ${problem.fix}`);

  it('reads content/home.mdx with its own schema, and accepts the fixture’s', () => {
    const result = gate();
    expect(result.problems.filter((problem) => problem.file === 'content/home.mdx' || problem.file.startsWith('content/personas/'))).toEqual([]);
    expect(result.snapshot.home?.data).toMatchObject({ title: 'Samen maken we Voorbeeldstad', image: 'voorbeeldstad.jpg', cta: { href: '/basisschool/aanmelden/' } });
    expect(result.snapshot.images?.has('ouders.jpg')).toBe(true);
  });

  it('refuses a home image without alt, a missing image and a link to nowhere, each once', () => {
    const before = site.read('content/home.mdx');
    site.edit('content/home.mdx', /^imageAlt: .*\n/m, '');
    site.edit('content/home.mdx', 'href: /basisschool/aanmelden/', 'href: /basisschool/aanmelen/');
    expect(problemsOf('content/home.mdx')).toEqual(['imageAlt is required with `image`: describe what the image shows, for people who cannot see it | Expected: Required with `image`: what the image shows, for people who cannot see it.']);
    site.write('content/home.mdx', before.replace('image: voorbeeldstad.jpg', 'image: voorbeeldstat.jpg').replace('href: /basisschool/aanmelden/', 'href: /basisschool/aanmelen/'));
    // In the order of their lines in the file.
    expect(problemsOf('content/home.mdx')).toEqual([
      'image `voorbeeldstat.jpg` is not in content/images/ | Did you mean `voorbeeldstad.jpg`? Put the image at content/images/voorbeeldstat.jpg, or correct the name (its path under content/images/).',
      'cta.href `/basisschool/aanmelen/` matches no page, route or file of this site | Did you mean `/basisschool/aanmelden/`? Link to an existing page (its URL is its path under content/pages/ without .mdx, e.g. /basisschool/aanmelden/), or create the page.',
    ]);
    site.write('content/home.mdx', before.replace('title:', 'titel:'));
    expect(problemsOf('content/home.mdx')).toEqual(expect.arrayContaining([expect.stringMatching(/^titel unknown field `titel` \| Did you mean `title`\?/)]));
    site.write('content/home.mdx', before);
  });

  it('checks a persona’s image and the phases its step words name', () => {
    const before = site.read('content/personas/ouders.yaml');
    site.edit('content/personas/ouders.yaml', 'image: ouders.jpg', 'image: /images/ouders.jpg');
    expect(problemsOf('content/personas/ouders.yaml')).toEqual([expect.stringMatching(/^image must be the name of an image in content\/images\//)]);
    site.write('content/personas/ouders.yaml', before.replace('image: ouders.jpg', 'image: ouder.jpg').replace('  overweging: Open dagen', '  overwegen: Open dagen'));
    expect(problemsOf('content/personas/ouders.yaml')).toEqual([
      'image `ouder.jpg` is not in content/images/ | Did you mean `ouders.jpg`? Put the image at content/images/ouder.jpg, or correct the name (its path under content/images/).',
      'steps.overwegen unknown phase `overwegen` | Did you mean `overweging`? Known phases: orientatie, overweging, beslissing, gedrag. (the phases of this journey)',
    ]);
    site.write('content/personas/ouders.yaml', before);
  });
});
