import { describe, expect, it, vi } from 'vitest';
import { resolveStrings, translator } from '../strings/strings.ts';
import { consentTexts } from '../forms/consent.ts';
import { formDefinition } from '../forms/fields.ts';
import { formTexts } from '../forms/texts.ts';
import { offeringPages } from '../forms/offers.ts';
import type { Lead, SpamReason } from '../forms/validate.ts';
import { handleLeadPost, isSameOrigin, MAX_BODY_BYTES, UNKNOWN_DOWNLOAD, UNSAVED_MESSAGE, type InboxDeps, type InboxForm } from './handle.ts';
import { RateLimiter } from './rate-limit.ts';

const form: InboxForm = {
  form: formDefinition('schoolgids', {}, formTexts()),
  consent: consentTexts({ purpose: 'We sturen u de gids', retention: 'P12M' }, 'Gemeente Voorbeeldstad'),
  retention: 'P12M',
};
/** The thank-you page of the page the form is on (values.page), with its journey's next step. */
const THANK_YOU = '/bedankt/schoolgids/basisschool/aanmelden/';
const values = { download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', name: 'Jan', email: 'jan@voorbeeld.nl' };

function request(body: string, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1:4321/aanvraag/', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://127.0.0.1:4321', ...headers },
  });
}

const offers = offeringPages([
  { url: '/basisschool/aanmelden/', data: { persona: 'ouders', phase: 'beslissing', cta: { download: 'schoolgids' } } },
  { url: '/opvang/kiezen/', data: { persona: 'grootouders', phase: 'orientatie', cta: {} }, body: 'Lees ook <Download id="schoolgids" />.' },
]);

function deps(store: (lead: Lead, spam: SpamReason | undefined) => void = () => {}): InboxDeps {
  return { forms: new Map([['download:schoolgids', form]]), offers, limiter: new RateLimiter(100), clientAddress: '127.0.0.1', store: async (lead, _form, spam) => {
      store(lead, spam);
    },
  };
}

describe('handleLeadPost', () => {
  it('takes an event sign-up until its deadline, ends it on the page the store gives, and refuses it after', async () => {
    const event: InboxForm = {
      form: formDefinition('informatieavond', {}, formTexts(), 'event'),
      consent: form.consent,
      retention: 'P3M',
      signUpState: (now) => (now < new Date('2027-01-10T12:00:00Z') ? 'open' : 'closed'),
    };
    const eventOffers = offeringPages([{ url: '/open-dagen/', data: { persona: 'ouders', phase: 'overweging', cta: { event: 'informatieavond' } } }]);
    const stored: Lead[] = [];
    const at = (iso: string): InboxDeps => ({
      ...deps(),
      forms: new Map([['download:schoolgids', form], ['event:informatieavond', event]]),
      offers: eventOffers,
      now: () => new Date(iso),
      store: async (lead) => {
        stored.push(lead);
        return '/aanmelding/1.abc/';
      },
    });
    const body = new URLSearchParams({ event: 'informatieavond', page: '/open-dagen/', persona: 'ouders', phase: 'overweging', name: 'Jan', email: 'jan@voorbeeld.nl' }).toString();
    expect(await handleLeadPost(request(body), at('2027-01-10T11:59:00Z'))).toEqual({ kind: 'stored', thankYou: '/aanmelding/1.abc/' });
    expect(stored.map((lead) => [lead.kind, lead.download])).toEqual([['event', 'informatieavond']]);
    expect(await handleLeadPost(request(body), at('2027-01-10T12:00:00Z'))).toEqual({ kind: 'refused', status: 409, message: 'Aanmelden kan niet meer: de aanmeldtermijn is voorbij.' });
    expect(stored).toHaveLength(1);
    // Both a download and an event named in one post: not a form of this site.
    expect(await handleLeadPost(request(`${body}&download=schoolgids`), at('2027-01-01T00:00:00Z'))).toMatchObject({ kind: 'refused', status: 404 });
  });

  it('stores a valid lead once and sends the visitor to the thank-you page', async () => {
    const stored: Lead[] = [];
    const result = await handleLeadPost(request(new URLSearchParams(values).toString()), deps((lead) => stored.push(lead)));
    expect(result).toEqual({ kind: 'stored', thankYou: THANK_YOU });
    expect(stored).toHaveLength(1);
  });

  it('keeps a suspected bot apart (quarantine), answering as if stored', async () => {
    const kept: [Lead, SpamReason | undefined][] = [];
    const honeypot = await handleLeadPost(request(new URLSearchParams({ ...values, ww_leeglaten: 'x' }).toString()), deps((lead, spam) => kept.push([lead, spam])));
    expect(honeypot).toEqual({ kind: 'quarantined', thankYou: THANK_YOU });
    const legacy = await handleLeadPost(request(new URLSearchParams({ ...values, website: 'https://www.voorbeeld.nl' }).toString()), deps((lead, spam) => kept.push([lead, spam])));
    expect(legacy).toEqual({ kind: 'quarantined', thankYou: THANK_YOU });
    const emptyLegacy = await handleLeadPost(request(new URLSearchParams({ ...values, website: '' }).toString()), deps((lead, spam) => kept.push([lead, spam])));
    expect(emptyLegacy).toEqual({ kind: 'stored', thankYou: THANK_YOU });
    const fast = await handleLeadPost(request(new URLSearchParams({ ...values, elapsed: '100' }).toString()), deps((lead, spam) => kept.push([lead, spam])));
    expect(fast).toEqual({ kind: 'quarantined', thankYou: THANK_YOU });
    expect(kept.map(([lead, spam]) => [lead.fields.email, spam])).toEqual([
      ['jan@voorbeeld.nl', 'honeypot'],
      ['jan@voorbeeld.nl', 'honeypot'],
      ['jan@voorbeeld.nl', undefined],
      ['jan@voorbeeld.nl', 'too-fast'],
    ]);
  });

  it('sends each visitor to the thank-you page of the page they came from, with its own journey', async () => {
    const other = { ...values, page: '/opvang/kiezen/', persona: 'grootouders', phase: 'orientatie' };
    expect(await handleLeadPost(request(new URLSearchParams(other).toString()), deps())).toEqual({ kind: 'stored', thankYou: '/bedankt/schoolgids/opvang/kiezen/' });
    expect(await handleLeadPost(request(new URLSearchParams(values).toString()), deps())).toEqual({ kind: 'stored', thankYou: THANK_YOU });
  });

  it('encodes the thank-you page of a page whose path is not ASCII, for the Location header', async () => {
    const cafe = { ...values, page: '/café/' };
    const withCafe = offeringPages([{ url: '/café/', data: { persona: 'ouders', phase: 'beslissing', cta: { download: 'schoolgids' } } }]);
    const answer = await handleLeadPost(request(new URLSearchParams(cafe).toString()), { ...deps(), offers: withCafe });
    expect(answer).toEqual({ kind: 'stored', thankYou: '/bedankt/schoolgids/caf%C3%A9/' });
  });

  it('refuses context the page does not offer, whatever shape it has', async () => {
    const stored: Lead[] = [];
    for (const context of [{ page: '/bus/' }, { persona: 'reizigers' }, { phase: 'orientatie' }, { page: '//evil.example/x' }]) {
      const answer = await handleLeadPost(request(new URLSearchParams({ ...values, ...context }).toString()), deps((lead) => stored.push(lead)));
      expect(answer, JSON.stringify(context)).toMatchObject({ kind: 'refused', status: 400 });
    }
    expect(stored).toEqual([]);
  });

  it('gives the form back with the input when the store fails, so nothing is lost silently', async () => {
    const result = await handleLeadPost(request(new URLSearchParams(values).toString()), deps(() => {
      throw new Error('disk full');
    }));
    expect(result).toEqual({ kind: 'unsaved', form, values, message: UNSAVED_MESSAGE });
  });

  it('keeps the lead from a page opened before a field was removed, and otherwise asks in Dutch to reload', async () => {
    const stored: Lead[] = [];
    const stale = await handleLeadPost(request(new URLSearchParams({ ...values, phone: '' }).toString()), deps((lead) => stored.push(lead)));
    expect(stale).toEqual({ kind: 'stored', thankYou: THANK_YOU });
    expect(stored).toHaveLength(1);
    const filled = await handleLeadPost(request(new URLSearchParams({ ...values, phone: '0612345678' }).toString()), deps((lead) => stored.push(lead)));
    expect(filled).toEqual({ kind: 'refused', status: 400, message: 'Dit formulier klopt niet meer met de website. Laad de pagina opnieuw en vul het formulier opnieuw in.' });
    const gone = await handleLeadPost(request(new URLSearchParams({ ...values, download: 'oude-gids' }).toString()), deps((lead) => stored.push(lead)));
    expect(gone).toEqual({ kind: 'refused', status: 404, message: UNKNOWN_DOWNLOAD });
    expect(stored).toHaveLength(1);
  });

  it('answers an outdated or altered form wholly in the site’s own words, and logs the reason for developers', async () => {
    const logged: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
    try {
      const english = { ...deps(), t: translator(resolveStrings({ locale: 'en', tone: 'u' })) };
      const altered = await handleLeadPost(request(new URLSearchParams({ ...values, phone: '0612345678' }).toString()), english);
      expect(altered).toEqual({ kind: 'refused', status: 400, message: 'This form no longer matches the website. Please reload the page and fill in the form again.' });
      const elsewhere = await handleLeadPost(request(new URLSearchParams({ ...values, page: '/bus/' }).toString()), english);
      expect(elsewhere).toEqual(altered);
      expect(logged).toHaveLength(2);
      expect(logged[0]).toMatch(/^\[wegwijzer\] refused a lead from an outdated or altered form: unknown field "phone"$/);
      expect(logged[1]).toContain('/bus/');
    } finally {
      warn.mockRestore();
    }
  });

  it('stops reading a body that grows past the limit even without Content-Length', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(4096).fill(97));
        if (pulled > 1000) controller.close();
      },
    });
    const streamed = new Request('http://127.0.0.1:4321/aanvraag/', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://127.0.0.1:4321' },
      duplex: 'half',
    } as RequestInit);
    const result = await handleLeadPost(streamed, deps());
    expect(result).toMatchObject({ kind: 'refused', status: 413 });
    expect(pulled).toBeLessThan(10);
    expect(MAX_BODY_BYTES).toBe(16 * 1024);
  });
});

describe('isSameOrigin', () => {
  const with_ = (headers: Record<string, string>) => new Request('https://www.voorbeeldstad.nl/aanvraag/', { method: 'POST', headers });
  it('compares Origin with the site, falls back to Fetch Metadata, and refuses a request with neither', () => {
    expect(isSameOrigin(with_({ origin: 'https://www.voorbeeldstad.nl' }))).toBe(true);
    expect(isSameOrigin(with_({ origin: 'https://voorbeeldstad.nl' }))).toBe(false);
    expect(isSameOrigin(with_({ origin: 'null' }))).toBe(false);
    expect(isSameOrigin(with_({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(with_({ 'sec-fetch-site': 'same-site' }))).toBe(false);
    expect(isSameOrigin(with_({ 'sec-fetch-site': 'none' }))).toBe(false);
    expect(isSameOrigin(with_({}))).toBe(false);
  });
});
