import { describe, expect, it } from 'vitest';
import { breadcrumbList, mediaType, serializeJsonLd, webPage } from './jsonld.ts';

const SITE = 'https://a.nl';
const page = { canonical: 'https://a.nl/x/', title: 'X', description: 'Over x.', image: 'https://a.nl/og.png' };

describe('JSON-LD', () => {
  it('escapes < so content cannot close the script element', () => {
    const question = 'Wat is </script><script>alert(1)</script>?';
    const text = serializeJsonLd([webPage(SITE, { ...page, faq: [{ question, answer: 'Niets.' }] })]);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toMatchObject({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ name: question }] });
  });

  it('puts several nodes in one @graph', () => {
    const document = JSON.parse(serializeJsonLd([breadcrumbList(page.canonical, [{ name: 'Home', url: 'https://a.nl/' }]), webPage(SITE, page)]));
    expect(document['@graph'].map((node: { '@type': string }) => node['@type'])).toEqual(['BreadcrumbList', 'WebPage']);
  });

  it('types a page with questions as FAQPage, the questions as its main entity, keeping its @id', () => {
    const faq = [
      { question: 'Kost het geld?', answer: 'Nee.' },
      { question: 'Mag mijn fiets mee?', answer: 'Een vouwfiets wel.' },
    ];
    expect(webPage(SITE, page)).not.toHaveProperty('mainEntity');
    expect(webPage(SITE, { ...page, faq: [] })['@type']).toBe('WebPage');
    expect(webPage(SITE, { ...page, faq })).toMatchObject({
      '@type': 'FAQPage',
      '@id': webPage(SITE, page)['@id'],
      url: page.canonical,
      mainEntity: [
        { '@type': 'Question', name: 'Kost het geld?', acceptedAnswer: { '@type': 'Answer', text: 'Nee.' } },
        { '@type': 'Question', name: 'Mag mijn fiets mee?', acceptedAnswer: { '@type': 'Answer', text: 'Een vouwfiets wel.' } },
      ],
    });
  });

  it('knows the media type of common documents and falls back to the stated format', () => {
    expect(mediaType('/brochures/gids.PDF', 'PDF')).toBe('application/pdf');
    expect(mediaType('/docs/lijst.odt', 'ODT')).toBe('application/vnd.oasis.opendocument.text');
    expect(mediaType('/docs/kaart.xyz', 'Kaart')).toBe('Kaart');
  });
});
