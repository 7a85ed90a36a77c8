/**
 * HubSpot Forms API v3 (unauthenticated submit, CORS-enabled so the browser posts directly).
 * No `hutk` tracking cookie is sent; consent is recorded with the exact text the visitor saw.
 */
import type { ClientProvider, HubspotMessages, OutgoingRequest, Outcome, ProviderAdapter, Submission } from './types.ts';
import type { FormFieldId } from '../fields.ts';
import type { FieldError } from '../validate.ts';

export const HUBSPOT_API = 'https://api.hsforms.com';

export function hubspotEndpoint(portalId: string, formGuid: string, base = HUBSPOT_API): string {
  return `${base}/submissions/v3/integration/submit/${encodeURIComponent(portalId)}/${encodeURIComponent(formGuid)}`;
}

interface HubspotConfig {
  endpoint: string;
  /** Per field id (and `kind`), the HubSpot field name; kind-specific fields (people, channel, dayPart) arrive only in leads of their kind. */
  fieldNames: Record<string, string>;
  subscriptionTypeId?: number;
}

export function buildHubspotRequest(submission: Submission, config: HubspotConfig): OutgoingRequest {
  const { lead, consent } = submission;
  // The kind goes only to a form that names a field for it (`fieldNames.kind`): HubSpot refuses fields its form lacks.
  const kind = config.fieldNames.kind === undefined ? {} : { kind: lead.kind };
  const fields = Object.entries({ ...lead.fields, ...kind }).map(([id, value]) => ({ objectTypeId: '0-1', name: config.fieldNames[id] ?? id, value }));
  const communications =
    config.subscriptionTypeId === undefined ? [] : [{ value: lead.contact, subscriptionTypeId: config.subscriptionTypeId, text: consent.contact }];
  const body = {
    submittedAt: String(submission.submittedAt),
    fields,
    context: { pageUri: submission.pageUrl, pageName: submission.pageTitle },
    legalConsentOptions: { consent: { consentToProcess: true, text: consent.processing, communications } },
  };
  return { url: config.endpoint, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** The field's message for a HubSpot error type; the same wording as our own validation where it overlaps. */
function messageFor(errorType: string, field: FormFieldId, messages: HubspotMessages): string | undefined {
  const byType: Record<string, string> = {
    INVALID_EMAIL: messages.emailInvalid,
    BLOCKED_EMAIL: messages.emailBlocked,
    REQUIRED_FIELD: messages.required[field],
    INPUT_TOO_LARGE: messages.tooLarge,
    INVALID_NUMBER: messages.numberInvalid,
  };
  return byType[errorType];
}

/** HubSpot names the field in its message: `Error in 'fields.email'. Invalid email address`. */
export function readHubspotResponse(status: number, body: string, fieldNames: Record<string, string>, thankYou: string, messages: HubspotMessages): Outcome {
  if (status >= 200 && status < 300) return { kind: 'accepted', redirect: thankYou };
  if (status === 429) return { kind: 'retry' };
  if (status !== 400) return { kind: 'failed' };
  const reverse = new Map(Object.entries(fieldNames).map(([id, name]) => [name, id as FormFieldId]));
  const errors: FieldError[] = [];
  for (const error of hubspotErrors(body)) {
    const name = /'fields\.([^']+)'/.exec(String(error?.message))?.[1];
    const field = name === undefined ? undefined : reverse.get(name);
    const message = field === undefined ? undefined : messageFor(String(error?.errorType), field, messages);
    if (field === undefined || message === undefined) return { kind: 'failed' };
    errors.push({ field, message });
  }
  return errors.length > 0 ? { kind: 'invalid', errors } : { kind: 'failed' };
}

/** The `errors` of HubSpot's answer, each checked where it is used. */
function hubspotErrors(body: string): ({ message?: unknown; errorType?: unknown } | null)[] {
  try {
    const errors = (JSON.parse(body) as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) ? errors : [];
  } catch {
    return [];
  }
}

export const hubspotAdapter: ProviderAdapter<Extract<ClientProvider, { provider: 'hubspot' }>> = {
  build: (submission, provider) => buildHubspotRequest(submission, provider),
  read: (status, body, provider, thankYou) => readHubspotResponse(status, body, provider.fieldNames, thankYou, provider.messages),
};
