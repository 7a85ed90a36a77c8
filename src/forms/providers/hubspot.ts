/**
 * HubSpot Forms API v3 (unauthenticated submit, CORS-enabled so the browser posts directly).
 * No `hutk` tracking cookie is sent; consent is recorded with the exact text the visitor saw.
 */
import { FAILED_MESSAGE, type ClientProvider, type OutgoingRequest, type Outcome, type ProviderAdapter, type Submission } from './types.ts';
import type { FormFieldId } from '../fields.ts';
import type { FieldError } from '../validate.ts';

export const HUBSPOT_API = 'https://api.hsforms.com';

export function hubspotEndpoint(portalId: string, formGuid: string, base = HUBSPOT_API): string {
  return `${base}/submissions/v3/integration/submit/${encodeURIComponent(portalId)}/${encodeURIComponent(formGuid)}`;
}

interface HubspotConfig {
  endpoint: string;
  fieldNames: Record<string, string>;
  subscriptionTypeId?: number;
}

export function buildHubspotRequest(submission: Submission, config: HubspotConfig): OutgoingRequest {
  const { lead, consent } = submission;
  const fields = Object.entries(lead.fields).map(([id, value]) => ({ objectTypeId: '0-1', name: config.fieldNames[id] ?? id, value }));
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

const MESSAGES: Record<string, string> = {
  INVALID_EMAIL: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  BLOCKED_EMAIL: 'Dit e-mailadres kunnen we niet gebruiken. Vul een ander e-mailadres in.',
  REQUIRED_FIELD: 'Vul dit veld in.',
  INPUT_TOO_LARGE: 'Deze tekst is te lang. Maak hem korter.',
  INVALID_NUMBER: 'Vul een geldig nummer in.',
};

/** HubSpot names the field in its message: `Error in 'fields.email'. Invalid email address`. */
export function readHubspotResponse(status: number, body: string, fieldNames: Record<string, string>, thankYou: string): Outcome {
  if (status >= 200 && status < 300) return { kind: 'accepted', redirect: thankYou };
  if (status === 429) return { kind: 'retry' };
  if (status !== 400) return { kind: 'failed', message: FAILED_MESSAGE };
  const reverse = new Map(Object.entries(fieldNames).map(([id, name]) => [name, id as FormFieldId]));
  const errors: FieldError[] = [];
  for (const error of hubspotErrors(body)) {
    const name = /'fields\.([^']+)'/.exec(error.message)?.[1];
    const field = name === undefined ? undefined : reverse.get(name);
    const message = MESSAGES[error.errorType];
    if (field === undefined || message === undefined) return { kind: 'failed', message: FAILED_MESSAGE };
    errors.push({ field, message });
  }
  return errors.length > 0 ? { kind: 'invalid', errors } : { kind: 'failed', message: FAILED_MESSAGE };
}

function hubspotErrors(body: string): { message: string; errorType: string }[] {
  try {
    const data = JSON.parse(body) as { errors?: unknown };
    if (!Array.isArray(data.errors)) return [];
    return data.errors.filter(
      (error): error is { message: string; errorType: string } => typeof error?.message === 'string' && typeof error?.errorType === 'string',
    );
  } catch {
    return [];
  }
}

export const hubspotAdapter: ProviderAdapter<Extract<ClientProvider, { provider: 'hubspot' }>> = {
  build: (submission, provider) => buildHubspotRequest(submission, provider),
  read: (status, body, provider, thankYou) => readHubspotResponse(status, body, provider.fieldNames, thankYou),
};
