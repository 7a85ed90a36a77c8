import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, mediaType, serializeJsonLd } from './jsonld.ts';

describe('JSON-LD', () => {
  it('escapes < so content cannot close the script element', () => {
    const text = serializeJsonLd([faqPage('https://a.nl/x/', [{ question: 'Wat is </script><script>alert(1)</script>?', answer: 'Niets.' }])]);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toMatchObject({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ name: 'Wat is </script><script>alert(1)</script>?' }] });
  });

  it('puts several nodes in one @graph', () => {
    const document = JSON.parse(serializeJsonLd([breadcrumbList('https://a.nl/x/', [{ name: 'Home', url: 'https://a.nl/' }]), faqPage('https://a.nl/x/', [])]));
    expect(document['@graph'].map((node: { '@type': string }) => node['@type'])).toEqual(['BreadcrumbList', 'FAQPage']);
  });

  it('knows the media type of common documents and falls back to the stated format', () => {
    expect(mediaType('/brochures/gids.PDF', 'PDF')).toBe('application/pdf');
    expect(mediaType('/docs/lijst.odt', 'ODT')).toBe('application/vnd.oasis.opendocument.text');
    expect(mediaType('/docs/kaart.xyz', 'Kaart')).toBe('Kaart');
  });
});
