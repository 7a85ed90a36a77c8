/**
 * Each provider's request, sent for real with sendLead() to a stub on 127.0.0.1 that records
 * what arrives; and how each provider's answers (errors, 429, 5xx) reach the form.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStub, type Stub } from '../../../tests/support/stub.ts';
import { consentTexts } from '../consent.ts';
import { formMessages } from '../texts.ts';
import { sendLead } from '../send.ts';
import { hubspotProvider, LEAD_PROVIDERS, mauticProvider } from './registry.ts';
import { buildHubspotRequest, hubspotEndpoint } from './hubspot.ts';
import { buildMauticRequest } from './mautic.ts';
import { buildWebhookRequest } from './webhook.ts';
import type { SendOptions } from '../send.ts';
import type { ClientProvider, ProviderAdapter, Submission } from './types.ts';

const consent = consentTexts({ purpose: 'We sturen u de schoolgids', retention: 'P12M' }, 'Gemeente Voorbeeldstad');
const submission: Submission = {
  lead: {
    kind: 'download',
    download: 'schoolgids',
    page: '/basisschool/aanmelden/',
    persona: 'ouders',
    phase: 'beslissing',
    fields: { name: 'Jan "de" Vries', email: 'jan@voorbeeld.nl', organisation: 'Basisschool De Linde' },
    contact: true,
    utm: { utm_source: 'nieuwsbrief' },
  },
  input: { download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', name: 'Jan "de" Vries', email: 'jan@voorbeeld.nl', ww_leeglaten: '', elapsed: '5000' },
  pageUrl: 'https://www.voorbeeldstad.nl/basisschool/aanmelden/?utm_source=nieuwsbrief',
  pageTitle: 'Uw kind aanmelden',
  thankYouUrl: 'https://www.voorbeeldstad.nl/bedankt/schoolgids/',
  consent,
  submittedAt: Date.UTC(2026, 10, 28, 12, 0, 0),
};
const fieldNames = { name: 'firstname', email: 'email', organisation: 'company', phone: 'phone' };
const noWait: SendOptions = { sleep: async () => {}, baseDelayMs: 1 };

let stub: Stub;
beforeAll(async () => {
  stub = await startStub();
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());

/** The provider's browser adapter, loaded as the integration bundles it: from its registry entry. */
async function adapterFor(provider: ClientProvider): Promise<ProviderAdapter> {
  const { adapter } = LEAD_PROVIDERS[provider.provider];
  const module = (await import(`./${adapter.module}`)) as Record<string, ProviderAdapter | undefined>;
  const found = module[adapter.export];
  if (found === undefined) throw new Error(`${adapter.module} does not export ${adapter.export}`);
  return found;
}

const send = async (provider: ClientProvider, options: SendOptions = noWait) => sendLead(submission, provider, await adapterFor(provider), options);

describe('the provider registry', () => {
  it.each(Object.keys(LEAD_PROVIDERS))('names a browser adapter module that exports the adapter of %s', async (name) => {
    const adapter = await adapterFor({ provider: name } as ClientProvider);
    expect(typeof adapter.build).toBe('function');
    expect(typeof adapter.read).toBe('function');
  });
});

describe('hubspot', () => {
  const provider = (): ClientProvider => ({
    provider: 'hubspot',
    endpoint: hubspotEndpoint('1234567', '78c2891f-ebdd-44c0-bd94-15c012bbbfbf', stub.url),
    fieldNames,
    subscriptionTypeId: 42,
    messages: formMessages(),
  });

  it('posts fields, context and the consent text the visitor saw to the Forms v3 submit URL', async () => {
    const outcome = await send(provider());
    expect(outcome).toEqual({ kind: 'accepted', redirect: submission.thankYouUrl });
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/submissions/v3/integration/submit/1234567/78c2891f-ebdd-44c0-bd94-15c012bbbfbf');
    expect(request?.headers['content-type']).toBe('application/json');
    const body = JSON.parse(request?.body ?? '{}');
    expect(body.fields).toEqual([
      { objectTypeId: '0-1', name: 'firstname', value: 'Jan "de" Vries' },
      { objectTypeId: '0-1', name: 'email', value: 'jan@voorbeeld.nl' },
      { objectTypeId: '0-1', name: 'company', value: 'Basisschool De Linde' },
    ]);
    expect(body.context).toEqual({ pageUri: submission.pageUrl, pageName: 'Uw kind aanmelden' });
    expect(body.context.hutk).toBeUndefined();
    expect(body.legalConsentOptions).toEqual({
      consent: { consentToProcess: true, text: consent.processing, communications: [{ value: true, subscriptionTypeId: 42, text: consent.contact }] },
    });
    expect(body.submittedAt).toBe(String(submission.submittedAt));
  });

  it('retries 429 with growing backoff, then succeeds', async () => {
    stub.reply({ status: 429, body: '{}' }, { status: 429, body: '{}' });
    const waits: number[] = [];
    const outcome = await send(provider(), { sleep: async (ms: number) => void waits.push(ms), baseDelayMs: 100 });
    expect(outcome.kind).toBe('accepted');
    expect(stub.requests).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it('gives up after a bounded number of 429s and keeps the form retryable', async () => {
    stub.reply(...Array.from({ length: 10 }, () => ({ status: 429 })));
    const outcome = await send(provider());
    expect(outcome.kind).toBe('failed');
    expect(stub.requests).toHaveLength(4);
  });

  it('maps HubSpot error types to the fields of the error summary', async () => {
    stub.reply({
      status: 400,
      body: JSON.stringify({
        status: 'error',
        message: 'The request is not valid',
        errors: [
          { message: "Error in 'fields.email'. Invalid email address", errorType: 'INVALID_EMAIL' },
          { message: "Error in 'fields.firstname'. Required field 'firstname' is missing", errorType: 'REQUIRED_FIELD' },
        ],
      }),
    });
    expect(await send(provider())).toEqual({
      kind: 'invalid',
      errors: [
        { field: 'email', message: expect.stringContaining('geldig e-mailadres') },
        { field: 'name', message: 'Vul uw naam in.' },
      ],
    });
  });

  it('turns an error it cannot place on a field into a retryable failure', async () => {
    stub.reply({ status: 400, body: JSON.stringify({ errors: [{ message: 'Form not found', errorType: 'FORM_NOT_FOUND' }] }) });
    expect((await send(provider())).kind).toBe('failed');
    stub.reply({ status: 503, body: 'down' });
    expect((await send(provider())).kind).toBe('failed');
  });
});

describe('mautic', () => {
  it('posts mauticform[...] fields, the context and the contact choice, with the form id and the thank-you page as return', async () => {
    const provider: ClientProvider = { provider: 'mautic', endpoint: `${stub.url}/form/submit`, formId: 3, fieldNames };
    stub.reply({ status: 302, headers: { location: submission.thankYouUrl } });
    // Like the browser's native form post, do not follow Mautic's redirect to the (absent) thank-you host.
    const outcome = await send(provider, { ...noWait, fetch: (url, init) => fetch(url, { ...init, redirect: 'manual' }) });
    expect(outcome.kind).toBe('accepted');
    const [request] = stub.requests;
    expect(request?.path).toBe('/form/submit?formId=3');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      'mauticform[formId]': '3',
      'mauticform[return]': submission.thankYouUrl,
      'mauticform[firstname]': 'Jan "de" Vries',
      'mauticform[email]': 'jan@voorbeeld.nl',
      'mauticform[company]': 'Basisschool De Linde',
      'mauticform[kind]': 'download',
      'mauticform[download]': 'schoolgids',
      'mauticform[page]': '/basisschool/aanmelden/',
      'mauticform[persona]': 'ouders',
      'mauticform[phase]': 'beslissing',
      'mauticform[utm_source]': 'nieuwsbrief',
      'mauticform[contact]': '1',
    });
  });
});

describe('webhook', () => {
  it('posts the lead with its context and consent as JSON', async () => {
    const provider: ClientProvider = { provider: 'webhook', endpoint: `${stub.url}/hooks/leads` };
    expect((await send(provider)).kind).toBe('accepted');
    const [request] = stub.requests;
    expect(request?.path).toBe('/hooks/leads');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      kind: 'download',
      download: 'schoolgids',
      page: '/basisschool/aanmelden/',
      pageUrl: submission.pageUrl,
      persona: 'ouders',
      phase: 'beslissing',
      fields: submission.lead.fields,
      people: null,
      channel: null,
      dayPart: null,
      utm: { utm_source: 'nieuwsbrief' },
      consent: { text: consent.processing, contact: true, contactText: consent.contact },
      submittedAt: '2026-11-28T12:00:00.000Z',
      spam: null,
    });
  });

  it('fails (keeping the input) when the receiver does not answer in time, instead of waiting forever', async () => {
    const provider: ClientProvider = { provider: 'webhook', endpoint: `${stub.url}/hooks/leads` };
    stub.reply({ status: 200, delayMs: 3000 });
    // The stub answers 200 only after 3 s: a failure proves the 200 ms timeout ended the wait.
    expect(await send(provider, { ...noWait, timeoutMs: 200 })).toEqual({ kind: 'failed' });
  });

  it('fails (keeping the input) on a 5xx and on a network error', async () => {
    const provider: ClientProvider = { provider: 'webhook', endpoint: `${stub.url}/hooks/leads` };
    stub.reply({ status: 500 });
    expect((await send(provider)).kind).toBe('failed');
    const closed: ClientProvider = { provider: 'webhook', endpoint: 'http://127.0.0.1:9/nothing-listens-here' };
    expect((await send(closed)).kind).toBe('failed');
  });
});

describe('inbox', () => {
  it('posts the raw form url-encoded and asks for JSON', async () => {
    const provider: ClientProvider = { provider: 'inbox', endpoint: `${stub.url}/aanvraag/` };
    stub.reply({ status: 200, body: JSON.stringify({ redirect: '/bedankt/schoolgids/' }) });
    expect(await send(provider)).toEqual({ kind: 'accepted', redirect: '/bedankt/schoolgids/' });
    const [request] = stub.requests;
    expect(request?.headers.accept).toBe('application/json');
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual(submission.input);
    stub.reply({ status: 400, body: JSON.stringify({ errors: [{ field: 'email', message: 'Vul uw e-mailadres in.' }] }) });
    expect(await send(provider)).toEqual({ kind: 'invalid', errors: [{ field: 'email', message: 'Vul uw e-mailadres in.' }] });
  });
});

describe('webhook spam flag', () => {
  it('sends a suspected bot all the same, flagged with the reason', () => {
    const body = (input: Record<string, string>) => JSON.parse(buildWebhookRequest({ ...submission, input: { ...submission.input, ...input } }, 'https://hooks.example/leads').body) as { spam: unknown };
    expect(body({}).spam).toBeNull();
    expect(body({ elapsed: '100' }).spam).toBe('too-fast');
    expect(body({ ww_leeglaten: 'x' }).spam).toBe('honeypot');
  });
});

describe('the kinds of lead', () => {
  const contactRequest: Submission = {
    ...submission,
    lead: { ...submission.lead, kind: 'contact', download: 'terugbellen', fields: { name: 'Jan', phone: '0612345678', channel: 'phone', dayPart: 'morning' } },
  };
  const signUp: Submission = {
    ...submission,
    lead: { ...submission.lead, kind: 'event', download: 'informatieavond', fields: { name: 'Jan', email: 'jan@voorbeeld.nl', people: '3' } },
  };
  // The names a site gets without `fieldNames`: the documented defaults.
  const hubspotNames = hubspotProvider.options.parse({ provider: 'hubspot', portalId: '1', forms: {} }).fieldNames as Record<string, string>;
  const mauticNames = mauticProvider.options.parse({ provider: 'mautic', url: 'https://mautic.example.nl/form/submit', forms: {} }).fieldNames as Record<string, string>;
  const hubspotFields = (lead: Submission, names: Record<string, string>) =>
    (JSON.parse(buildHubspotRequest(lead, { endpoint: 'https://api.hsforms.com/x', fieldNames: names }).body) as { fields: { name: string; value: string }[] }).fields.map(({ name, value }) => [name, value]);
  const mauticFields = (lead: Submission) => Object.fromEntries(new URLSearchParams(buildMauticRequest(lead, { endpoint: 'https://mautic.example.nl/form/submit', formId: 3, fieldNames: mauticNames }).body));
  const webhookBody = (lead: Submission) => JSON.parse(buildWebhookRequest(lead, 'https://hooks.example/leads').body) as Record<string, unknown>;

  it('hubspot: a contact request sends its channel and part of the day, a sign-up its number of people, under the default names', () => {
    expect(hubspotFields(contactRequest, hubspotNames)).toEqual([['firstname', 'Jan'], ['phone', '0612345678'], ['channel', 'phone'], ['day_part', 'morning']]);
    expect(hubspotFields(signUp, hubspotNames)).toEqual([['firstname', 'Jan'], ['email', 'jan@voorbeeld.nl'], ['people', '3']]);
  });

  it('hubspot: sends the kind only to a form that names a field for it, and under configured names', () => {
    expect(hubspotFields(submission, hubspotNames).map(([name]) => name)).not.toContain('kind');
    const names = { ...hubspotNames, kind: 'wegwijzer_soort', dayPart: 'dagdeel', channel: 'kanaal' };
    expect(hubspotFields(contactRequest, names)).toEqual([['firstname', 'Jan'], ['phone', '0612345678'], ['kanaal', 'phone'], ['dagdeel', 'morning'], ['wegwijzer_soort', 'contact']]);
  });

  it('mautic: sends the kind and the kind\'s own fields as form fields', () => {
    expect(mauticFields(contactRequest)).toMatchObject({ 'mauticform[kind]': 'contact', 'mauticform[download]': 'terugbellen', 'mauticform[channel]': 'phone', 'mauticform[day_part]': 'morning' });
    expect(mauticFields(signUp)).toMatchObject({ 'mauticform[kind]': 'event', 'mauticform[people]': '3' });
  });

  it('webhook: sends kind, channel, dayPart and people (a number) at the top of its body', () => {
    expect(webhookBody(contactRequest)).toMatchObject({ kind: 'contact', download: 'terugbellen', channel: 'phone', dayPart: 'morning', people: null });
    expect(webhookBody(signUp)).toMatchObject({ kind: 'event', download: 'informatieavond', channel: null, dayPart: null, people: 3 });
  });
});
