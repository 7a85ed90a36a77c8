/**
 * What the inbox endpoint needs inside the running server: the process's store (see
 * store-instance.ts), one rate limiter, the forms of all gated downloads, and which page offers
 * which download.
 */
import { getCollection } from 'astro:content';
import config from 'virtual:wegwijzer/config';
import { getOptional, getPages } from '../content/site.ts';
import { consentTexts } from '../forms/consent.ts';
import { formDefinition } from '../forms/fields.ts';
import { offeringPages, type OfferingPage } from '../forms/offers.ts';
import { formTexts } from '../forms/texts.ts';
import { t } from '../strings/runtime.ts';
import type { InboxDeps, InboxForm } from './handle.ts';
import { RateLimiter } from './rate-limit.ts';
import { inboxStore, signUpSecret } from './store-instance.ts';
import { formKey } from '../forms/kinds.ts';
import { signUpState } from '../forms/signup-state.ts';
import type { Lead, SpamReason } from '../forms/validate.ts';
import { SIGN_UP_RECEIVED, signUpPath } from '../journey/urls.ts';
import { signUpToken } from './signup-token.ts';
import { countLead } from '../stats/server.ts';
import { retryWhileBusy, type SeatedEvent } from './store.ts';

/**
 * How long a submission may wait for a lock another process holds on the database before the
 * visitor gets the form back (503) with the input kept. The wait is asynchronous: other
 * requests are served meanwhile.
 */
export const STORE_BOUND_MS = 2000;

const leads = config.leads;
if (leads.provider !== 'inbox') throw new Error('the inbox endpoint is only injected with `leads.provider: "inbox"`');

const limiter = new RateLimiter(leads.rateLimitPerMinute);
let forms: Map<string, InboxForm> | undefined;

/** Every form the inbox takes: gated downloads and event sign-ups, by `formKey`. */
async function inboxForms(): Promise<Map<string, InboxForm>> {
  if (forms === undefined) {
    const [downloads, events, contacts] = await Promise.all([getCollection('downloads'), getOptional('events'), getOptional('contact')]);
    const texts = formTexts(t);
    forms = new Map([
      ...downloads
        .filter((download) => download.data.gate === 'form')
        .map((download): [string, InboxForm] => [
          formKey('download', download.id),
          { form: formDefinition(download.id, download.data, texts), consent: consentTexts(download.data, config.organisation.name, t), retention: download.data.retention },
        ]),
      ...events.map((event): [string, InboxForm] => [
        formKey('event', event.id),
        {
          form: formDefinition(event.id, event.data, texts, 'event'),
          consent: consentTexts(event.data, config.organisation.name, t),
          retention: event.data.retention,
          signUpState: (now) => signUpState(event.data, config.timeZone, now),
        },
      ]),
      ...contacts.map((contact): [string, InboxForm] => [
        formKey('contact', contact.id),
        { form: formDefinition(contact.id, contact.data, texts, 'contact'), consent: consentTexts(contact.data, config.organisation.name, t), retention: contact.data.retention },
      ]),
    ]);
  }
  return forms;
}

let capacities: Map<string, SeatedEvent> | undefined;

/** The seats of each event, as the build's content says. */
export async function seatedEvents(): Promise<Map<string, SeatedEvent>> {
  capacities ??= new Map((await getOptional('events')).map((event) => [event.id, { capacity: event.data.capacity }]));
  return capacities;
}

let offers: Map<string, OfferingPage> | undefined;

async function inboxOffers(): Promise<Map<string, OfferingPage>> {
  offers ??= offeringPages(await getPages());
  return offers;
}

/** Stores a lead; a sign-up gets a seat or a place on the waiting list, and the path of its own page. */
async function storeLead(lead: Lead, form: InboxForm, spam: SpamReason | undefined): Promise<string | void> {
  const store = inboxStore();
  if (spam !== undefined) {
    await retryWhileBusy(() => store.quarantine(lead, form.consent, form.retention, spam), STORE_BOUND_MS);
    return lead.kind === 'event' ? signUpPath(SIGN_UP_RECEIVED) : undefined;
  }
  const event = lead.kind === 'event' ? (await seatedEvents()).get(lead.download) : undefined;
  const id = await retryWhileBusy(() => (event === undefined ? store.insert(lead, form.consent, form.retention) : store.signUp(lead, form.consent, form.retention, event).id), STORE_BOUND_MS);
  // Counted for the journey funnel once stored; a suspected spam submission is not a lead.
  countLead(lead);
  if (event === undefined) return undefined;
  const signUp = store.signUpOf(id);
  return signUp && signUpPath(signUpToken(signUpSecret(), id, signUp.receivedAt));
}

export async function inboxDeps(clientAddress: string): Promise<InboxDeps> {
  return {
    forms: await inboxForms(),
    offers: await inboxOffers(),
    limiter,
    clientAddress,
    store: storeLead,
    t,
  };
}

/** The rate limiter of the inbox, which the sign-up page's cancel shares. */
export function inboxLimiter(): RateLimiter {
  return limiter;
}
