import { describe, expect, it } from 'vitest';
import { thankYouTarget, thankYouUrl } from '../journey/urls.ts';
import { contextProblem, leadThankYou, offeringPages } from './offers.ts';

const offers = offeringPages([
  { url: '/basisschool/aanmelden/', data: { persona: 'ouders', phase: 'beslissing', cta: { download: 'schoolgids' } } },
  {
    url: '/samen/',
    data: { persona: ['ouders', 'buren'], phase: 'overweging', cta: {} },
    body: 'Tekst.\n\n<Download level={2} id="handleiding" />\n\n<Download id=\'gids\'></Download>\n<Download id={"kaart"} />\n<SignUp id="avond" />',
  },
  { url: '/open-dagen/', data: { persona: 'ouders', phase: 'overweging', cta: { event: 'informatieavond' } } },
]);

describe('offeringPages and contextProblem', () => {
  it('finds downloads in the CTA and in Download components of the text', () => {
    expect([...(offers.get('/basisschool/aanmelden/')?.downloads ?? [])]).toEqual(['schoolgids']);
    expect([...(offers.get('/samen/')?.downloads ?? [])]).toEqual(['handleiding', 'gids', 'kaart']);
  });

  it('finds events in the CTA and in SignUp components, apart from the downloads', () => {
    expect([...(offers.get('/samen/')?.events ?? [])]).toEqual(['avond']);
    expect([...(offers.get('/open-dagen/')?.events ?? [])]).toEqual(['informatieavond']);
    expect(contextProblem({ kind: 'event', download: 'informatieavond', page: '/open-dagen/', persona: 'ouders', phase: 'overweging' }, offers)).toBeUndefined();
    expect(contextProblem({ kind: 'download', download: 'informatieavond', page: '/open-dagen/', persona: 'ouders', phase: 'overweging' }, offers)).toBe('page /open-dagen/ does not offer download informatieavond');
    expect(contextProblem({ kind: 'event', download: 'avond', page: '/open-dagen/', persona: 'ouders', phase: 'overweging' }, offers)).toBe('page /open-dagen/ does not offer event avond');
  });

  it('accepts the context a page really offers, for each of its personas', () => {
    expect(contextProblem({ kind: 'download', download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing' }, offers)).toBeUndefined();
    expect(contextProblem({ kind: 'download', download: 'gids', page: '/samen/', persona: 'buren', phase: 'overweging' }, offers)).toBeUndefined();
  });

  it('names what does not match', () => {
    const lead = { kind: 'download' as const, download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing' };
    expect(contextProblem({ ...lead, page: '//evil.example/x' }, offers)).toBe('page //evil.example/x is not a page of this site');
    expect(contextProblem({ ...lead, download: 'gids' }, offers)).toBe('page /basisschool/aanmelden/ does not offer download gids');
    expect(contextProblem({ ...lead, persona: 'buren' }, offers)).toBe('persona buren is not the persona of page /basisschool/aanmelden/');
    expect(contextProblem({ ...lead, phase: 'gedrag' }, offers)).toBe('phase gedrag is not the phase of page /basisschool/aanmelden/');
  });
});

describe('leadThankYou', () => {
  it('ends on the thank-you page of the page that offers the download, so each journey keeps its own next step', () => {
    expect(leadThankYou('schoolgids', '/basisschool/aanmelden/', offers)).toBe('/bedankt/schoolgids/basisschool/aanmelden/');
    expect(leadThankYou('kaart', '/samen/', offers)).toBe('/bedankt/kaart/samen/');
  });

  it('ends on the download’s own page for a page that does not offer it: a posted page never makes the URL', () => {
    for (const page of ['/samen/', '/bus/', '//evil.example/x', 'https://evil.example/', '/../../x/']) {
      expect(leadThankYou('schoolgids', page, offers), page).toBe('/bedankt/schoolgids/');
    }
  });

  it('reads a thank-you URL back as its download and page', () => {
    expect(thankYouTarget(thankYouUrl('schoolgids', '/basisschool/aanmelden/'))).toEqual({ download: 'schoolgids', page: '/basisschool/aanmelden/' });
    expect(thankYouTarget(thankYouUrl('schoolgids'))).toEqual({ download: 'schoolgids' });
    expect(thankYouTarget('/bedankt/')).toBeUndefined();
    expect(thankYouTarget('/basisschool/')).toBeUndefined();
  });
});
