import { describe, expect, it } from 'vitest';
import { statsSchema } from '../stats/options.ts';
import { resolveStrings, translator } from '../strings/strings.ts';
import { measurementStatement, usesVideo } from './privacy.ts';

describe('usesVideo', () => {
  it('finds a Video component in a page body', () => {
    expect(usesVideo(['Tekst.', '<Video id="aqz-KE-bpKQ" title="T" poster="/p.png" />'])).toBe(true);
    expect(usesVideo(['<Video\n  id="aqz-KE-bpKQ"\n/>'])).toBe(true);
  });

  it('ignores pages without one, and the word in running text', () => {
    expect(usesVideo(['Bekijk de Video op de website.', '<Videos />', undefined])).toBe(false);
    expect(usesVideo([])).toBe(false);
  });
});

describe('measurementStatement', () => {
  it('says whether the site counts, how long it keeps the totals, and names an analytics service with its host', () => {
    expect(measurementStatement(statsSchema.parse(undefined))).toEqual({ counts: true, kept: '2 jaar' });
    expect(measurementStatement(statsSchema.parse({ enabled: false, retention: 'P13M' }))).toEqual({ counts: false, kept: '13 maanden' });
    expect(measurementStatement(statsSchema.parse({ analytics: { provider: 'plausible', domain: 'www.voorbeeldstad.nl' } })).analytics).toEqual({
      name: 'Plausible Analytics',
      host: 'plausible.io',
      privacy: expect.stringContaining('geen cookies'),
    });
    expect(measurementStatement(statsSchema.parse({ analytics: { provider: 'matomo', url: 'https://matomo.voorbeeldstad.nl', siteId: 3, dimensions: { persona: 1, phase: 2 } } })).analytics?.host).toBe(
      'matomo.voorbeeldstad.nl',
    );
  });

  it('speaks in the site’s voice: the duration and the service’s text from the strings', () => {
    const en = translator(resolveStrings({ locale: 'en', tone: 'u' }));
    const je = translator(resolveStrings({ locale: 'nl', tone: 'je' }));
    const matomo = statsSchema.parse({ retention: 'P13M', analytics: { provider: 'matomo', url: 'https://matomo.voorbeeldstad.nl', siteId: 3, dimensions: { persona: 1, phase: 2 } } });
    expect(measurementStatement(matomo, en)).toMatchObject({ kept: '13 months', analytics: { privacy: 'Matomo places no cookies on this website. Your IP address does reach Matomo, as with every website you visit.' } });
    expect(measurementStatement(matomo, je).analytics?.privacy).toBe('Matomo plaatst op deze website geen cookies. Je IP-adres gaat wel naar Matomo, net als bij elke website die je bezoekt.');
  });
});
