import { describe, expect, it } from 'vitest';
import { addJsonLdNode, addFaqItems, componentJsonLd } from './page-context.ts';

describe('what components hand to the layout', () => {
  it('keeps questions in order across Faq components, per page', () => {
    const page = {};
    addFaqItems(page, [{ question: 'Een?', answer: 'Ja.' }]);
    addFaqItems(page, [{ question: 'Twee?', answer: 'Nee.' }]);
    expect(componentJsonLd(page).faq.map((item) => item.question)).toEqual(['Een?', 'Twee?']);
    expect(componentJsonLd({})).toEqual({ faq: [], nodes: [] });
  });

  it('describes a download shown twice on a page once', () => {
    const page = {};
    const gids = { '@type': 'DigitalDocument', '@id': 'https://a.nl/gids.pdf', name: 'Gids' };
    addJsonLdNode(page, gids);
    addJsonLdNode(page, { '@type': 'DigitalDocument', '@id': 'https://a.nl/kaart.pdf', name: 'Kaart' });
    addJsonLdNode(page, gids);
    expect(componentJsonLd(page).nodes.map((node) => node.name)).toEqual(['Gids', 'Kaart']);
  });
});
