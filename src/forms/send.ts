/**
 * Sends a lead with a provider adapter, from the browser (and from the tests, against a stub).
 * 429 is retried with exponential backoff, a bounded number of times; a network error or a 5xx
 * ends as `failed`, so the form keeps the input and the visitor can try again.
 */
import { FAILED_MESSAGE, type ClientProvider, type Outcome, type ProviderAdapter, type Submission } from './providers/types.ts';

export interface SendOptions {
  fetch?: typeof fetch;
  /** Attempts in total, including the first; bounded so a visitor never waits forever. */
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export async function sendLead(submission: Submission, provider: ClientProvider, adapter: ProviderAdapter, options: SendOptions = {}): Promise<Outcome> {
  const { fetch: fetchImpl = fetch, attempts = 4, baseDelayMs = 800, sleep = (ms) => new Promise((done) => setTimeout(done, ms)) } = options;
  const request = adapter.build(submission, provider);
  for (let attempt = 1; ; attempt++) {
    let outcome: Outcome;
    try {
      const response = await fetchImpl(request.url, { method: request.method, headers: request.headers, body: request.body, credentials: 'same-origin' });
      outcome = adapter.read(response.status, await response.text(), provider, submission.thankYouUrl);
      if (outcome.kind === 'retry' && attempt < attempts) {
        await sleep(retryDelay(response.headers.get('retry-after'), baseDelayMs * 2 ** (attempt - 1)));
        continue;
      }
    } catch {
      outcome = { kind: 'failed', message: FAILED_MESSAGE };
    }
    return outcome.kind === 'retry' ? { kind: 'failed', message: FAILED_MESSAGE } : outcome;
  }
}

/** Honours a `Retry-After` in seconds, capped so the button is not blocked for long. */
function retryDelay(header: string | null, backoff: number): number {
  const seconds = Number(header);
  return header !== null && header !== '' && Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, 10_000) : backoff;
}
