/**
 * Forwarding from the server (`leads.forward`) against a local HTTP stub on 127.0.0.1: each provider's
 * own adapter builds the request the browser would have sent; the server sends it with the delivery's
 * idempotency key and reads the answer. The stub stands in for the provider's host: only the origin of
 * the real URL is routed to it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStub, type Stub } from '../../tests/support/stub.ts';
import type { CommittedLead } from '../inbox/store.ts';
import { dutchTexts } from '../strings/strings.ts';
import { parseOptions } from '../integration/options.ts';
import { minimalOptions } from '../integration/options.fixtures.ts';
import { checkLeadProvider } from '../forms/providers/registry.ts';
import { pageCspDirectives } from '../security/headers.ts';
import type { DownloadEntry } from '../journey/model.ts';
import { destinationsFor, DELIVERY_CHANNELS, DeliveryError, type DeliveryContext } from './channels.ts';
import { forward, type ForwardSite } from './forward.ts';

const lead: CommittedLead = {
  id: 3,
  receivedAt: '2026-12-04T10:00:00.000Z',
  kind: 'download',
  download: 'schoolgids',
  page: '/basisschool/aanmelden/',
  persona: 'ouders',
  phase: 'beslissing',
  fields: { name: 'Jan Jansen', email: 'jan@voorbeeld.nl' },
  contact: true,
  consent: { processing: 'Wij bewaren uw gegevens 12 maanden.', contact: 'Ik wil later een vraag krijgen.' },
  email: 'jan@voorbeeld.nl',
};
const GUID = '78c2891f-ebdd-44c0-bd94-15c012bbbfbf';
const forwardOptions = {
  hubspot: { portalId: '1234567', forms: { schoolgids: GUID }, subscriptionTypeId: 99, fieldNames: { name: 'firstname', email: 'email', organisation: 'company', phone: 'phone' } },
  mautic: { url: 'https://mautic.voorbeeldstad.nl/form/submit', forms: { schoolgids: 3 }, fieldNames: { name: 'firstname', email: 'email', organisation: 'company', phone: 'phone' } },
  webhook: { url: 'https://hooks.voorbeeldstad.nl/leads' },
};

let stub: Stub;
let site: ForwardSite;

beforeAll(async () => {
  stub = await startStub();
  // The real URL, with its origin routed to the stub.
  const routed: typeof fetch = (input, init) => {
    const url = new URL(String(input));
    return fetch(`${stub.url}${url.pathname}${url.search}`, init);
  };
  site = { site: 'https://www.voorbeeldstad.nl', t: dutchTexts, fetch: routed, timeoutMs: 2000 };
});

afterAll(() => stub?.close());
beforeEach(() => stub.reset());

describe('forwarding a stored lead from the server', () => {
  it('posts the webhook JSON with the idempotency key, and counts a 2xx as sent', async () => {
    expect(await forward('webhook', forwardOptions.webhook, lead, 'wegwijzer.3.1.webhook', site)).toEqual({ kind: 'sent' });
    const [received] = stub.requests;
    expect(received?.path).toBe('/leads');
    expect(received?.headers['idempotency-key']).toBe('wegwijzer.3.1.webhook');
    expect(received?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(received?.body ?? '{}')).toMatchObject({
      download: 'schoolgids',
      page: '/basisschool/aanmelden/',
      pageUrl: 'https://www.voorbeeldstad.nl/basisschool/aanmelden/',
      persona: 'ouders',
      phase: 'beslissing',
      fields: { name: 'Jan Jansen', email: 'jan@voorbeeld.nl' },
      consent: { text: 'Wij bewaren uw gegevens 12 maanden.', contact: true, contactText: 'Ik wil later een vraag krijgen.' },
      submittedAt: '2026-12-04T10:00:00.000Z',
      spam: null,
    });
  });

  it('submits to HubSpot Forms API v3 as the browser would, and keeps a refused field for good', async () => {
    expect(await forward('hubspot', forwardOptions.hubspot, lead, 'k', site)).toEqual({ kind: 'sent' });
    const [received] = stub.requests;
    expect(received?.path).toBe(`/submissions/v3/integration/submit/1234567/${GUID}`);
    const body = JSON.parse(received?.body ?? '{}') as { fields: { name: string; value: string }[]; legalConsentOptions: { consent: { communications: { value: boolean; subscriptionTypeId: number }[] } } };
    expect(body.fields).toEqual([
      { objectTypeId: '0-1', name: 'firstname', value: 'Jan Jansen' },
      { objectTypeId: '0-1', name: 'email', value: 'jan@voorbeeld.nl' },
    ]);
    expect(body.legalConsentOptions.consent.communications).toEqual([{ value: true, subscriptionTypeId: 99, text: 'Ik wil later een vraag krijgen.' }]);

    stub.reply({ status: 400, body: JSON.stringify({ errors: [{ message: "Error in 'fields.email'. Invalid email address", errorType: 'INVALID_EMAIL' }] }) });
    expect(await forward('hubspot', forwardOptions.hubspot, lead, 'k', site)).toEqual({ kind: 'failed', reason: 'HTTP 400 (fields refused)', permanent: true });
    stub.reply({ status: 429 }, { status: 503 });
    expect(await forward('hubspot', forwardOptions.hubspot, lead, 'k', site)).toEqual({ kind: 'failed', reason: 'HTTP 429', permanent: false });
    expect(await forward('hubspot', forwardOptions.hubspot, lead, 'k', site)).toEqual({ kind: 'failed', reason: 'HTTP 503', permanent: false });
  });

  it("posts Mautic's form fields and takes its redirect to the thank-you page as accepted, without following it", async () => {
    stub.reply({ status: 302, headers: { location: 'https://www.voorbeeldstad.nl/bedankt/schoolgids/basisschool/aanmelden/' } });
    expect(await forward('mautic', forwardOptions.mautic, lead, 'k', site)).toEqual({ kind: 'sent' });
    expect(stub.requests).toHaveLength(1);
    const [received] = stub.requests;
    expect(received?.path).toBe('/form/submit?formId=3');
    const body = new URLSearchParams(received?.body);
    expect(body.get('mauticform[formId]')).toBe('3');
    expect(body.get('mauticform[firstname]')).toBe('Jan Jansen');
    expect(body.get('mauticform[persona]')).toBe('ouders');
    expect(body.get('mauticform[contact]')).toBe('1');
    expect(body.get('mauticform[return]')).toBe('https://www.voorbeeldstad.nl/bedankt/schoolgids/basisschool/aanmelden/');
  });

  it('tries again later when the service cannot be reached or does not answer in time', async () => {
    const closed = await startStub();
    await closed.close();
    const unreachable: ForwardSite = { ...site, fetch: (input, init) => fetch(`${closed.url}${new URL(String(input)).pathname}`, init) };
    expect(await forward('webhook', forwardOptions.webhook, lead, 'k', unreachable)).toEqual({ kind: 'failed', reason: 'HTTP ECONNREFUSED', permanent: false });
    stub.reply({ status: 200, delayMs: 3000 });
    const outcome = await forward('webhook', forwardOptions.webhook, lead, 'k', { ...site, timeoutMs: 200 });
    expect(outcome).toMatchObject({ kind: 'failed', permanent: false });
  });

  it('is one destination per configured service, sending through the channel registry', async () => {
    const options = { forward: { webhook: forwardOptions.webhook } };
    expect(destinationsFor(options, lead)).toEqual(['webhook']);
    const context: DeliveryContext = { options, mail: undefined, forward: site };
    await DELIVERY_CHANNELS.webhook.send(lead, 'wegwijzer.3.1.webhook', context);
    expect(stub.requests).toHaveLength(1);
    expect(DELIVERY_CHANNELS.hubspot.unavailable(context)).toBe('`leads.forward.hubspot` is not set');
    stub.reply({ status: 410 });
    await expect(DELIVERY_CHANNELS.webhook.send(lead, 'k', context)).rejects.toEqual(new DeliveryError('HTTP 410', true));
  });
});

describe('the `leads.forward` option', () => {
  const downloads = [{ id: 'schoolgids', file: 'content/downloads/schoolgids.yaml', data: { gate: 'form' } }] as unknown as DownloadEntry[];

  it('takes each provider\'s own options, and checks them as for that provider', () => {
    const leads = parseOptions({ ...minimalOptions, leads: { provider: 'inbox', forward: { webhook: forwardOptions.webhook, hubspot: { portalId: '1234567', forms: {} } } } }).leads;
    expect(leads.provider === 'inbox' && leads.forward?.webhook).toEqual({ url: 'https://hooks.voorbeeldstad.nl/leads' });
    const problems = checkLeadProvider(leads, downloads);
    expect(problems.map((problem) => problem.field)).toEqual(['leads.forward.hubspot.forms.schoolgids']);
    expect(problems[0]?.fix).toContain('`leads.forward.hubspot.forms`');
    expect(() => parseOptions({ ...minimalOptions, leads: { provider: 'inbox', forward: { webhook: { url: 'http://hooks.voorbeeldstad.nl/' } } } })).toThrow(/leads\.forward\.webhook\.url` must be an https:\/\/ URL/);
  });

  it('keeps the CRM out of the browser: the pages may connect to the site only', () => {
    const connect = pageCspDirectives({ site: 'https://www.voorbeeldstad.nl', leads: { provider: 'inbox' } }, 'header').find((directive) => directive.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self'");
  });
});
