import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASES } from '../journey/phases.ts';
import { minimalOptions as valid } from './options.fixtures.ts';
import { parseOptions, WegwijzerOptionsError } from './options.ts';

describe('parseOptions', () => {
  it('fills in the default phases', () => {
    expect(parseOptions(valid).phases).toEqual(DEFAULT_PHASES);
  });

  it('keeps configured phases in their order', () => {
    const phases = [
      { id: 'zien', label: 'Zien', need: 'informatief' },
      { id: 'doen', label: 'Doen', need: 'actie' },
    ];
    expect(parseOptions({ ...valid, phases }).phases.map((p) => p.id)).toEqual(['zien', 'doen']);
  });

  it('names a missing option and what it expects', () => {
    const { organisation: _organisation, ...withoutOrganisation } = valid;
    expect(() => parseOptions(withoutOrganisation)).toThrow(WegwijzerOptionsError);
    expect(() => parseOptions(withoutOrganisation)).toThrow(/option `organisation` is required but missing\. Expected: The organisation that publishes the site\./);
  });

  it('takes an npm package name as `tokens` and refuses a path or a URL, saying what it expects', () => {
    expect(parseOptions({ ...valid, tokens: '@utrecht/design-tokens' }).tokens).toBe('@utrecht/design-tokens');
    expect(parseOptions(valid).tokens).toBeUndefined();
    expect(() => parseOptions({ ...valid, tokens: './node_modules/@utrecht/design-tokens/dist/theme.css' })).toThrow(
      /option `tokens` must be the name of an installed npm package, like `@utrecht\/design-tokens`\. Expected: Optional NL Design System design-token package/,
    );
  });

  it('keeps the journey map out of builds unless asked, and takes only true or false', () => {
    expect(parseOptions(valid).journeyMap).toBe(false);
    expect(parseOptions({ ...valid, journeyMap: true }).journeyMap).toBe(true);
    expect(() => parseOptions({ ...valid, journeyMap: 'ja' })).toThrow(/option `journeyMap` must be `true` or `false`, but is a string\. Expected: `true` also builds the journey map/);
  });

  it('names a misspelt option', () => {
    expect(() => parseOptions({ ...valid, phase: [] })).toThrow(/unknown option `phase`/);
  });

  it('refuses duplicate and malformed phase ids, naming the index', () => {
    const phase = { id: 'a', label: 'A', need: 'n' };
    expect(() => parseOptions({ ...valid, phases: [phase, phase] })).toThrow(/option `phases\[1\]\.id` duplicate phase id `a`/);
    expect(() => parseOptions({ ...valid, phases: [{ ...phase, id: 'Fase 1' }] })).toThrow(/phases\[0\]\.id/);
    expect(() => parseOptions({ ...valid, phases: [] })).toThrow(/needs at least one phase/);
  });
});

function errorOf(input: unknown): string {
  try {
    parseOptions(input);
  } catch (error) {
    expect(error).toBeInstanceOf(WegwijzerOptionsError);
    return (error as Error).message;
  }
  throw new Error('expected the options to be refused');
}

describe('wegwijzer() options', () => {
  it('fills in the SEO defaults', () => {
    const options = parseOptions(valid);
    expect(options.seo).toEqual({ strict: false });
    expect(options.security.expiresInDays).toBe(180);
  });

  it('names a missing statement option and what it expects', () => {
    const { privacy: _privacy, ...withoutPrivacy } = valid;
    expect(errorOf(withoutPrivacy)).toMatch(/option `privacy` is required but missing\. Expected: The privacy statement/);
  });

  it('refuses a title template without %s', () => {
    expect(errorOf({ ...valid, seo: { titleTemplate: 'Gemeente Test' } })).toContain('option `seo.titleTemplate` must contain `%s`');
  });

  it('refuses an accessibility status outside the register and a wrong date', () => {
    const message = errorOf({ ...valid, accessibility: { ...valid.accessibility, status: 'goed', date: '2026-13-45' } });
    expect(message).toContain('option `accessibility.status`');
    expect(message).toContain('option `accessibility.date` is not a real date');
    expect(errorOf({ ...valid, privacy: { ...valid.privacy, updated: '2026-02-30' } })).toContain('option `privacy.updated` is not a real date');
    expect(parseOptions({ ...valid, privacy: { ...valid.privacy, updated: '2028-02-29' } }).privacy.updated).toBe('2028-02-29');
    expect(parseOptions(valid).privacy.legalBasis).toBe('toestemming');
    expect(errorOf({ ...valid, privacy: { ...valid.privacy, legalBasis: 'consent' } })).toContain('option `privacy.legalBasis`');
  });

  it('refuses an expiry over a year and a contact that is no URI', () => {
    const message = errorOf({ ...valid, security: { contact: ['security@test.nl'], expiresInDays: 400 } });
    expect(message).toContain('option `security.contact[0]` must be a `mailto:`, `https://` or `tel:` URI');
    expect(message).toContain('option `security.expiresInDays` must be at most 365');
  });

  it('refuses a logo on another site: every page shows it, and pages request nothing from another origin', () => {
    expect(errorOf({ ...valid, organisation: { ...valid.organisation, logo: 'https://cdn.example.nl/logo.svg' } })).toContain('option `organisation.logo` must be a path under public/');
    expect(parseOptions({ ...valid, organisation: { ...valid.organisation, logo: '/images/logo.svg' } }).organisation.logo).toBe('/images/logo.svg');
  });

  it('refuses an unknown SEO option, naming it', () => {
    expect(errorOf({ ...valid, seo: { strikt: true } })).toContain('unknown option `seo.strikt`');
  });

  it('fills in the verify budgets and refuses a budget that is no number of bytes, naming it', () => {
    expect(parseOptions(valid).verify.budgets).toEqual({ javascript: 0, formJavaScript: 3072, css: 15360, firstRender: 14336 });
    expect(parseOptions({ ...valid, verify: { budgets: { css: 20_000 } } }).verify.budgets).toMatchObject({ css: 20_000, javascript: 0 });
    expect(errorOf({ ...valid, verify: { budgets: { css: '15 KB' } } })).toContain('option `verify.budgets.css`');
    expect(errorOf({ ...valid, verify: { budgets: { javascript: -1 } } })).toContain('option `verify.budgets.javascript` must be 0 or more bytes');
    expect(errorOf({ ...valid, verify: { budget: {} } })).toContain('unknown option `verify.budget`');
  });
});

describe('the stats option', () => {
  it('counts by default, keeps daily totals 2 years in data/stats.db, in Dutch days, without analytics', () => {
    expect(parseOptions(valid).stats).toEqual({ enabled: true, path: 'data/stats.db', retention: 'P2Y', timeZone: 'Europe/Amsterdam', analytics: { provider: 'none' } });
  });

  it('names a wrong retention, time zone or analytics setting and what it expects', () => {
    expect(errorOf({ ...valid, stats: { retention: '2 jaar' } })).toContain('option `stats.retention` must be an ISO 8601 duration such as P2Y');
    expect(errorOf({ ...valid, stats: { timeZone: 'Europe/Amsterdm' } })).toContain('option `stats.timeZone` must be an IANA time zone like `Europe/Amsterdam`');
    expect(errorOf({ ...valid, stats: { analytics: { provider: 'google' } } })).toContain('option `stats.analytics.provider` must be one of `none`, `plausible`, `matomo`');
    expect(errorOf({ ...valid, stats: { analytics: { provider: 'plausible', domain: 'www.voorbeeldstad.nl', url: 'http://plausible.voorbeeldstad.nl' } } })).toContain('option `stats.analytics.url` must be an https:// URL');
    expect(errorOf({ ...valid, stats: { analytics: { provider: 'plausible', domain: 'www.voorbeeldstad.nl', url: 'https://plausible.voorbeeldstad.nl/js/script.js' } } })).toContain('must be the origin of the service only');
    expect(errorOf({ ...valid, stats: { analytics: { provider: 'matomo', url: 'https://matomo.voorbeeldstad.nl', siteId: 3 } } })).toMatch(/option `stats\.analytics\.dimensions` is required but missing\. Expected: Matomo custom dimension ids/);
    expect(errorOf({ ...valid, stats: { analytics: { provider: 'none', domain: 'x' } } })).toContain('unknown option `stats.analytics.domain`');
  });
});
