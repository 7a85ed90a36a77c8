/**
 * Mautic: `mauticform[...]` fields posted to its `/form/submit`. The browser submits them as a
 * normal (navigating) form post, so Mautic's own redirect to `return` works and no CORS applies.
 */

interface MauticConfig {
  endpoint: string;
  formId: number;
  fieldNames: Record<string, string>;
}

import { FAILED_MESSAGE, type ClientProvider, type OutgoingRequest, type Outcome, type ProviderAdapter, type Submission } from './types.ts';
export function buildMauticRequest(submission: Submission, config: MauticConfig): OutgoingRequest {
  const body = new URLSearchParams();
  body.set('mauticform[formId]', String(config.formId));
  body.set('mauticform[return]', submission.thankYouUrl);
  for (const [id, value] of Object.entries(submission.lead.fields)) body.set(`mauticform[${config.fieldNames[id] ?? id}]`, value);
  const url = new URL(config.endpoint);
  url.searchParams.set('formId', String(config.formId));
  return { url: url.href, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() };
}

/** Mautic answers a successful submit with a redirect to `return` (or 200 with its message page). */
export function readMauticResponse(status: number, thankYou: string): Outcome {
  if (status === 429) return { kind: 'retry' };
  if (status >= 200 && status < 400) return { kind: 'accepted', redirect: thankYou };
  return { kind: 'failed', message: FAILED_MESSAGE };
}

export const mauticAdapter: ProviderAdapter<Extract<ClientProvider, { provider: 'mautic' }>> = {
  build: (submission, provider) => buildMauticRequest(submission, provider),
  read: (status, _body, _provider, thankYou) => readMauticResponse(status, thankYou),
};
