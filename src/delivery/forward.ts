/**
 * Forwarding a stored lead from the server to HubSpot, Mautic or a webhook (`leads.forward`), through
 * the outbox. The request is the one the browser would send: the provider's own adapter builds it
 * (src/forms/providers, `build`) from the same registry entry's `client` details and reads the answer
 * (`read`); only the sending is the server's: `fetch`, without following redirects, bounded, with the
 * delivery's idempotency key in `Idempotency-Key`. What the provider answers is never logged or stored:
 * it may repeat the visitor's data; only the HTTP status is.
 */
import type { CommittedLead } from '../inbox/store.ts';
import { LEAD_PROVIDERS, type ClientProvider, type ForwardName } from '../forms/providers/registry.ts';
import { hubspotAdapter } from '../forms/providers/hubspot.ts';
import { mauticAdapter } from '../forms/providers/mautic.ts';
import { webhookAdapter } from '../forms/providers/webhook.ts';
import type { ProviderAdapter, Submission } from '../forms/providers/types.ts';
import { formMessages } from '../forms/texts.ts';
import { thankYouUrl } from '../journey/urls.ts';
import type { Translate } from '../strings/strings.ts';

/** Each forwarding provider's adapter: the same module the browser uses with that provider. */
const ADAPTERS = { hubspot: hubspotAdapter, mautic: mauticAdapter, webhook: webhookAdapter } as const satisfies Record<ForwardName, ProviderAdapter<never>>;

/** What forwarding needs of the running site. */
export interface ForwardSite {
  /** The site's URL, from astro.config.mjs `site`. */
  site: string;
  t: Translate;
  /** Titles of the pages by path, for HubSpot's `pageName`. */
  pageTitles?: ReadonlyMap<string, string>;
  /** The HTTP client; the global fetch unless a test routes it elsewhere. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The outcome of one forward: sent, or why not, and whether trying again may help. */
export type ForwardOutcome = { kind: 'sent' } | { kind: 'failed'; reason: string; permanent: boolean };

/** The submission the adapter builds its request from, as the browser would have had it. */
export function serverSubmission(lead: CommittedLead, site: Pick<ForwardSite, 'site' | 'pageTitles'>): Submission {
  const pageUrl = new URL(lead.page, site.site).href;
  return {
    lead: { kind: lead.kind, download: lead.download, page: lead.page, persona: lead.persona, phase: lead.phase, fields: lead.fields, contact: lead.contact, utm: {} },
    // Spam never reaches the outbox: the server keeps it in quarantine.
    input: {},
    pageUrl,
    pageTitle: site.pageTitles?.get(lead.page) ?? lead.page,
    thankYouUrl: new URL(thankYouUrl(lead.download, lead.page), site.site).href,
    consent: { processing: lead.consent.processing, contact: lead.consent.contact, contactLabel: '', contactHint: '' },
    submittedAt: Date.parse(lead.receivedAt),
  };
}

export async function forward(name: ForwardName, options: object, lead: CommittedLead, key: string, site: ForwardSite): Promise<ForwardOutcome> {
  const adapter = ADAPTERS[name] as unknown as ProviderAdapter;
  const provider = (LEAD_PROVIDERS[name].client as (options: never, id: string, messages: never) => ClientProvider)({ ...options, provider: name } as never, lead.download, formMessages(site.t) as never);
  const submission = serverSubmission(lead, site);
  const request = adapter.build(submission, provider);
  let status: number;
  let body: string;
  try {
    const response = await (site.fetch ?? fetch)(request.url, {
      method: request.method,
      headers: { ...request.headers, 'idempotency-key': key },
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(site.timeoutMs ?? 30_000),
    });
    status = response.status;
    body = await response.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
    const kind = typeof cause === 'string' ? cause : error instanceof Error ? error.name : 'error';
    return { kind: 'failed', reason: `HTTP ${kind}`, permanent: false };
  }
  const outcome = adapter.read(status, body, provider, submission.thankYouUrl);
  if (outcome.kind === 'accepted') return { kind: 'sent' };
  // A refusal of the lead itself (4xx, field errors) will not change by trying again; an overload or an outage may.
  const permanent = outcome.kind === 'invalid' || (outcome.kind === 'failed' && status >= 400 && status < 500 && status !== 408);
  return { kind: 'failed', reason: `HTTP ${status}${outcome.kind === 'invalid' ? ' (fields refused)' : ''}`, permanent };
}
