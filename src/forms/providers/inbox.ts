/** Inbox: the site's own endpoint. The same url-encoded body a browser without JavaScript posts. */
import type { ClientProvider, OutgoingRequest, Outcome, ProviderAdapter, Submission } from './types.ts';
import type { FieldError } from '../validate.ts';

export function buildInboxRequest(submission: Submission, endpoint: string): OutgoingRequest {
  return {
    url: endpoint,
    method: 'POST',
    // Asking for JSON makes the endpoint answer with data instead of a redirect or an HTML page.
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(Object.entries(submission.input)).toString(),
  };
}

export function readInboxResponse(status: number, body: string): Outcome {
  if (status === 429) return { kind: 'retry' };
  const data = parseJson(body);
  if (status === 200 && typeof data?.redirect === 'string') return { kind: 'accepted', redirect: data.redirect };
  if (status === 400 && Array.isArray(data?.errors) && data.errors.length > 0) return { kind: 'invalid', errors: data.errors as FieldError[] };
  return typeof data?.message === 'string' ? { kind: 'failed', message: data.message } : { kind: 'failed' };
}

function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const inboxAdapter: ProviderAdapter<Extract<ClientProvider, { provider: 'inbox' }>> = {
  build: (submission, provider) => buildInboxRequest(submission, provider.endpoint),
  read: (status, body) => readInboxResponse(status, body),
};
