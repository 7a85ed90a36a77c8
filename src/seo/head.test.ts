import { describe, expect, it } from 'vitest';
import { canonicalUrl, clipText, formatTitle, iconHref, NO_ICON } from './head.ts';
import { pageCspDirectives } from '../security/headers.ts';

describe('formatTitle', () => {
  it('puts the page title in place of %s', () => {
    expect(formatTitle('%s | Gemeente Voorbeeldstad', 'Aanmelden')).toBe('Aanmelden | Gemeente Voorbeeldstad');
  });

  it('keeps $ patterns in a title as they are', () => {
    expect(formatTitle('%s | Gemeente X', "Tarieven in $ en $$: wat $& en $' betekenen")).toBe("Tarieven in $ en $$: wat $& en $' betekenen | Gemeente X");
  });
});

describe('canonicalUrl', () => {
  it('is the site URL plus the path, always with a trailing slash and without query or hash', () => {
    expect(canonicalUrl('https://www.voorbeeldstad.nl', '/bus')).toBe('https://www.voorbeeldstad.nl/bus/');
    expect(canonicalUrl('https://www.voorbeeldstad.nl/', '/bus/?utm_source=x#top')).toBe('https://www.voorbeeldstad.nl/bus/');
    expect(canonicalUrl('https://www.voorbeeldstad.nl', '/')).toBe('https://www.voorbeeldstad.nl/');
  });
});

describe('clipText', () => {
  it('keeps a text that fits', () => {
    expect(clipText('Welke school past bij mijn kind?', 40)).toBe('Welke school past bij mijn kind?');
  });

  it('cuts between words, within the limit, and marks the cut', () => {
    const clipped = clipText('Welke basisschool past bij mijn kind, en hoe meld ik mijn kind op tijd aan?', 40);
    expect(clipped).toBe('Welke basisschool past bij mijn kind…');
    expect(clipped.length).toBeLessThanOrEqual(40);
  });
});

describe('iconHref', () => {
  it('is the logo when the site has one', () => {
    expect(iconHref('/images/logo.svg')).toBe('/images/logo.svg');
  });

  it('is an empty data URL without a logo: no request for /favicon.ico, none to another site', () => {
    expect(iconHref(undefined)).toBe('data:,');
    expect(new URL(iconHref(undefined)).protocol).toBe('data:');
  });

  it('is allowed by the img-src of every page policy', () => {
    for (const delivery of ['header', 'meta'] as const) {
      const imgSrc = pageCspDirectives({ site: 'https://www.voorbeeldstad.nl', leads: { provider: 'inbox' } }, delivery).find((directive) => directive.startsWith('img-src '));
      expect(imgSrc?.split(' ')).toContain(new URL(NO_ICON).protocol);
    }
  });
});
