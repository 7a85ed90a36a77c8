/**
 * Mautic: `mauticform[...]` fields posted to its `/form/submit`. The browser submits them as a
 * normal (navigating) form post, so Mautic's own redirect to `return` works and no CORS applies.
 * The context and the further-contact choice go along under fixed aliases (`download`, `page`,
 * `persona`, `phase`, `utm_*`, `contact` = 1 or 0) and the lead's kind under `fieldNames.kind`
 * (default `kind`): Mautic keeps those its form has hidden fields for and ignores the others.
 */
import type { ClientProvider, OutgoingRequest, Outcome, ProviderAdapter, Submission } from './types.ts';

interface MauticConfig {
  endpoint: string;
  formId: number;
  /** Per field id (and `kind`), the Mautic field alias. */
  fieldNames: Record<string, string>;
}

export function buildMauticRequest(submission: Submission, config: MauticConfig): OutgoingRequest {
  const { lead } = submission;
  const body = new URLSearchParams();
  body.set('mauticform[formId]', String(config.formId));
  body.set('mauticform[return]', submission.thankYouUrl);
  for (const [id, value] of Object.entries(lead.fields)) body.set(`mauticform[${config.fieldNames[id] ?? id}]`, value);
  const context = { [config.fieldNames.kind ?? 'kind']: lead.kind, download: lead.download, page: lead.page, persona: lead.persona, phase: lead.phase, ...lead.utm, contact: lead.contact ? '1' : '0' };
  for (const [alias, value] of Object.entries(context)) body.set(`mauticform[${alias}]`, value);
  const url = new URL(config.endpoint);
  url.searchParams.set('formId', String(config.formId));
  return { url: url.href, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() };
}

/** Mautic answers a successful submit with a redirect to `return` (or 200 with its message page). */
export function readMauticResponse(status: number, thankYou: string): Outcome {
  if (status === 429) return { kind: 'retry' };
  if (status >= 200 && status < 400) return { kind: 'accepted', redirect: thankYou };
  return { kind: 'failed' };
}

/** A normal form post in the browser: Mautic's redirect to `return` works and CORS does not apply. */
function postNatively(request: OutgoingRequest): void {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = request.url;
  for (const [name, value] of new URLSearchParams(request.body)) {
    const input = form.appendChild(document.createElement('input'));
    input.type = 'hidden';
    input.name = name;
    input.value = value;
  }
  document.body.append(form);
  form.submit();
}

export const mauticAdapter: ProviderAdapter<Extract<ClientProvider, { provider: 'mautic' }>> = {
  build: (submission, provider) => buildMauticRequest(submission, provider),
  read: (status, _body, _provider, thankYou) => readMauticResponse(status, thankYou),
  navigate: postNatively,
};
