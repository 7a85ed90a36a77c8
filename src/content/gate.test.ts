import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalOptions } from '../integration/options.fixtures.ts';
import { parseOptions } from '../integration/options.ts';
import { thankYouUrl } from '../journey/urls.ts';
import { isNeverIndexed } from '../seo/sitemap.ts';
import { copyFixtureSite } from '../../tests/support/site.ts';
import { checkConfigImages, gateOptions, generatedRoutes, runGate } from './gate.ts';

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
