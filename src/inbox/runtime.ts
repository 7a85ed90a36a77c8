/**
 * What the inbox endpoint needs inside the running server: the process's store (see
 * store-instance.ts), one rate limiter, the forms of all gated downloads, and which page offers
 * which download.
 */
import { getCollection } from 'astro:content';
import config from 'virtual:wegwijzer/config';
import { getPages } from '../content/site.ts';
import { consentTexts } from '../forms/consent.ts';
import { formDefinition } from '../forms/fields.ts';
import { offeringPages, type OfferingPage } from '../forms/offers.ts';
import { formTexts } from '../forms/texts.ts';
import { t } from '../strings/runtime.ts';
import type { InboxDeps, InboxForm } from './handle.ts';
import { RateLimiter } from './rate-limit.ts';
import { inboxStore } from './store-instance.ts';
import { countLead } from '../stats/server.ts';
import { retryWhileBusy } from './store.ts';

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

async function inboxForms(): Promise<Map<string, InboxForm>> {
  if (forms === undefined) {
    const downloads = await getCollection('downloads');
    forms = new Map(
      downloads
        .filter((download) => download.data.gate === 'form')
        .map((download) => [
          download.id,
          {
            form: formDefinition(download.id, download.data, formTexts(t)),
            consent: consentTexts(download.data, config.organisation.name, t),
            retention: download.data.retention,
          },
        ]),
    );
  }
  return forms;
}

let offers: Map<string, OfferingPage> | undefined;

async function inboxOffers(): Promise<Map<string, OfferingPage>> {
  offers ??= offeringPages(await getPages());
  return offers;
}

export async function inboxDeps(clientAddress: string): Promise<InboxDeps> {
  return {
    forms: await inboxForms(),
    offers: await inboxOffers(),
    limiter,
    clientAddress,
    store: async (lead, form, spam) => {
      const store = inboxStore();
      await retryWhileBusy(
        () => (spam === undefined ? store.insert(lead, form.consent, form.retention) : store.quarantine(lead, form.consent, form.retention, spam)),
        STORE_BOUND_MS,
      );
      // Counted for the journey funnel once stored; a suspected spam submission is not a lead.
      if (spam === undefined) countLead(lead);
    },
    t,
  };
}
