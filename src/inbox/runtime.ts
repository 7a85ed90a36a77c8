/**
 * What the inbox endpoint needs inside the running server: the process's store (see
 * store-instance.ts), one rate limiter, and the forms of all gated downloads.
 */
import { getCollection } from 'astro:content';
import config from 'virtual:wegwijzer/config';
import { consentTexts } from '../forms/consent.ts';
import { formDefinition } from '../forms/fields.ts';
import { thankYouUrl } from '../journey/urls.ts';
import type { InboxDeps, InboxForm } from './handle.ts';
import { RateLimiter } from './rate-limit.ts';
import { inboxStore } from './store-instance.ts';
import { countLead } from '../stats/server.ts';

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
            form: formDefinition(download.id, download.data),
            consent: consentTexts(download.data, config.organisation.name),
            retention: download.data.retention,
            thankYou: thankYouUrl(download.id),
          },
        ]),
    );
  }
  return forms;
}

export async function inboxDeps(clientAddress: string): Promise<InboxDeps> {
  return {
    forms: await inboxForms(),
    limiter,
    clientAddress,
    store: (lead, form) => {
      inboxStore().insert(lead, form.consent, form.retention);
      countLead(lead);
    },
  };
}
