/**
 * Sends a lead with a provider adapter, from the browser (and from the tests, against a stub).
 * 429 is retried with exponential backoff, a bounded number of times; a network error, a 5xx or
 * an answer that does not come in time ends as `failed`, so the form keeps the input and the
 * visitor can try again instead of watching a spinner that never stops.
 */
import type { ClientProvider, Outcome, ProviderAdapter, Submission } from './providers/types.ts';

export interface SendOptions {
  fetch?: typeof fetch;
  /** Attempts in total, including the first; bounded so a visitor never waits forever. */
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** How long one attempt may take before it counts as failed. */
  timeoutMs?: number;
}

export async function sendLead(submission: Submission, provider: ClientProvider, adapter: ProviderAdapter, options: SendOptions = {}): Promise<Outcome> {
  const { fetch: fetchImpl = fetch, attempts = 4, baseDelayMs = 800, sleep = (ms) => new Promise((done) => setTimeout(done, ms)), timeoutMs = 20_000 } = options;
  const request = adapter.build(submission, provider);
  for (let attempt = 1; ; attempt++) {
    let outcome: Outcome;
    try {
      const signal = AbortSignal.timeout(timeoutMs);
      // Default credentials (same-origin): no cookies go to HubSpot or a webhook, so no tracking cookie either.
      const response = await fetchImpl(request.url, { method: request.method, headers: request.headers, body: request.body, signal });
      outcome = adapter.read(response.status, await response.text(), provider, submission.thankYouUrl);
      if (outcome.kind === 'retry' && attempt < attempts) {
        await sleep(retryDelay(response.headers.get('retry-after'), baseDelayMs * 2 ** (attempt - 1)));
        continue;
      }
    } catch {
      outcome = { kind: 'failed' };
    }
    return outcome.kind === 'retry' ? { kind: 'failed' } : outcome;
  }
}

/** Honours a `Retry-After` in seconds, capped so the button is not blocked for long. */
function retryDelay(header: string | null, backoff: number): number {
  const seconds = header ? Number(header) : NaN;
  return seconds >= 0 ? Math.min(seconds * 1000, 10_000) : backoff;
}
