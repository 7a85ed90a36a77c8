import { describe, expect, it } from 'vitest';
import { sitemapFilter } from './sitemap.ts';

describe('sitemapFilter', () => {
  const keep = sitemapFilter(['/bus/onderweg/', '/geheim']);

  it('keeps indexable pages', () => {
    expect(keep('https://www.voorbeeldstad.nl/')).toBe(true);
    expect(keep('https://www.voorbeeldstad.nl/bus/')).toBe(true);
    expect(keep('https://www.voorbeeldstad.nl/voor/ouders/')).toBe(true);
  });

  it('drops noindex pages, with or without trailing slash', () => {
    expect(keep('https://www.voorbeeldstad.nl/bus/onderweg/')).toBe(false);
    expect(keep('https://www.voorbeeldstad.nl/bus/onderweg')).toBe(false);
    expect(keep('https://www.voorbeeldstad.nl/geheim/')).toBe(false);
  });

  it('drops thank-you pages and files', () => {
    expect(keep('https://www.voorbeeldstad.nl/bedankt/schoolgids/')).toBe(false);
    expect(keep('https://www.voorbeeldstad.nl/robots.txt')).toBe(false);
    expect(keep('https://www.voorbeeldstad.nl/.well-known/security.txt')).toBe(false);
  });

  it('drops the search page and the journey map', () => {
    expect(keep('https://www.voorbeeldstad.nl/zoeken/')).toBe(false);
    expect(keep('https://www.voorbeeldstad.nl/_wegwijzer/reis/')).toBe(false);
  });
});
