/** Webhook: the lead as one JSON document, for Formspree, n8n or an agency backend. */

import { KIND_FIELD_IDS, kindFieldValue } from '../fields.ts';
import { spamReason } from '../validate.ts';
import type { ClientProvider, OutgoingRequest, Outcome, ProviderAdapter, Submission } from './types.ts';
export function buildWebhookRequest(submission: Submission, endpoint: string): OutgoingRequest {
  const { lead, consent } = submission;
  const body = {
    kind: lead.kind,
    download: lead.download,
    page: lead.page,
    pageUrl: submission.pageUrl,
    persona: lead.persona,
    phase: lead.phase,
    fields: lead.fields,
    // The kind's own fields as data (`people` a number), null where the kind has none: one shape for every lead.
    ...Object.fromEntries(KIND_FIELD_IDS.map((id) => [id, kindFieldValue(id, lead.fields[id])])),
    utm: lead.utm,
    consent: { text: consent.processing, contact: lead.contact, contactText: consent.contact },
    submittedAt: new Date(submission.submittedAt).toISOString(),
    // `honeypot` or `too-fast` when the form's rules suspect a bot, else null: sent all the same
    // (a person using autofill must not lose the request); the receiver decides.
    spam: spamReason(submission.input) ?? null,
  };
  return { url: endpoint, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) };
}

export function readWebhookResponse(status: number, thankYou: string): Outcome {
  if (status >= 200 && status < 300) return { kind: 'accepted', redirect: thankYou };
  if (status === 429) return { kind: 'retry' };
  return { kind: 'failed' };
}

export const webhookAdapter: ProviderAdapter<Extract<ClientProvider, { provider: 'webhook' }>> = {
  build: (submission, provider) => buildWebhookRequest(submission, provider.endpoint),
  read: (status, _body, _provider, thankYou) => readWebhookResponse(status, thankYou),
};
