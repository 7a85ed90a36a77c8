/**
 * The inbox endpoint's decisions, as a function of the request and its dependencies, so each
 * answer (303, 400, 403, 404, 405, 413, 415, 429, 503) is plain to read and test. Rendering the
 * no-JS error page is left to the Astro route.
 */
import type { ConsentTexts } from '../forms/consent.ts';
import { HONEYPOT_FIELD, UTM_FIELDS, type FormDefinition } from '../forms/fields.ts';
import { formKey, LEAD_KINDS, postedKind } from '../forms/kinds.ts';
import { contextProblem, leadThankYou, type OfferingPage } from '../forms/offers.ts';
import type { SignUpState } from '../forms/signup-state.ts';
import { spamReason, validateLead, type FieldError, type Lead, type SpamReason } from '../forms/validate.ts';
import type { RateLimiter } from './rate-limit.ts';
import { dutchTexts, type Translate } from '../strings/strings.ts';

export const MAX_BODY_BYTES = 16 * 1024;

export interface InboxForm {
  form: FormDefinition;
  consent: ConsentTexts;
  retention: string;
  /** An event's form: whether it still takes sign-ups at a moment. */
  signUpState?(now: Date): SignUpState;
}

export interface InboxDeps {
  /** Every form, by kind and id (`formKey`). */
  forms: ReadonlyMap<string, InboxForm>;
  /** Page URL → what it offers, from the build's content. */
  offers: ReadonlyMap<string, OfferingPage>;
  limiter: RateLimiter;
  clientAddress: string;
  /**
   * Commits the lead, or with `spam` puts it in quarantine; rejects when it could not be stored
   * within a short bound (a lock held elsewhere, a full disk). An event sign-up resolves with the
   * page the visitor goes to (their own sign-up's); other leads end on their thank-you page.
   */
  store(lead: Lead, form: InboxForm, spam: SpamReason | undefined): Promise<string | void>;
  /** The moment a post is judged at (the sign-up deadline); default: now. */
  now?(): Date;
  /** The site's texts for the answers; default: the Dutch `u` texts. */
  t?: Translate;
}

export type InboxResult =
  /** Stored, in the leads or (judged as spam) in quarantine: both look the same to the sender. */
  | { kind: 'stored' | 'quarantined'; thankYou: string }
  | { kind: 'invalid'; form: InboxForm; values: Record<string, string>; errors: FieldError[] }
  /** Valid, but the store failed: the visitor gets the form back with the input, to try again. */
  | { kind: 'unsaved'; form: InboxForm; values: Record<string, string>; message: string }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405 | 409 | 413 | 415 | 429; message: string };

/** The default (Dutch) answers, as the tests and a site with default options see them. */
export const UNKNOWN_DOWNLOAD = dutchTexts('inbox.unknownDownload');
export const UNSAVED_MESSAGE = dutchTexts('inbox.unsaved');

export async function handleLeadPost(request: Request, deps: InboxDeps): Promise<InboxResult> {
  const t = deps.t ?? dutchTexts;
  // Shown (without and with JavaScript) when the form does not match the site, e.g. a page opened before a
  // change: the visitor reads the site's own text; the reason, for the site's developers, goes to the log.
  const outdated = (reason: string): InboxResult => {
    console.warn(`[wegwijzer] refused a lead from an outdated or altered form: ${reason}`);
    return refused(400, t('inbox.outdated'));
  };
  if (request.method !== 'POST') return refused(405, 'Use POST.');
  if (!isSameOrigin(request)) return refused(403, t('inbox.otherOrigin'));
  if (!deps.limiter.allow(deps.clientAddress)) return refused(429, t('inbox.tooMany'));
  if (!(request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded')) {
    return refused(415, 'Send the form as application/x-www-form-urlencoded.');
  }
  const body = await readLimited(request, MAX_BODY_BYTES);
  if (body === undefined) return refused(413, t('inbox.tooLarge', { bytes: MAX_BODY_BYTES }));
  const values = parseForm(body);
  if (values === undefined) return refused(400, `${t('inbox.outdated')} ${t('inbox.duplicateField')}`);
  const kind = postedKind(values);
  const inboxForm = kind === undefined ? undefined : deps.forms.get(formKey(kind, values[LEAD_KINDS[kind].field] ?? ''));
  if (inboxForm === undefined) return refused(404, t('inbox.unknownDownload'));
  // Checked again on each post: a page built before the deadline still shows the form.
  const state = inboxForm.signUpState?.(deps.now?.() ?? new Date());
  if (state === 'closed' || state === 'past') return refused(409, t(state === 'closed' ? 'signUp.closed' : 'signUp.past'));

  const input = withRefererUtm(withCurrentHoneypot(values), request);
  const verdict = validateLead(input, inboxForm.form);
  switch (verdict.kind) {
    case 'rejected':
      return outdated(verdict.reason);
    case 'invalid':
      return { kind: 'invalid', form: inboxForm, values, errors: verdict.errors };
    case 'valid': {
      // The hidden fields passed the shape check; now they must be what the page really offers.
      const problem = contextProblem(verdict.lead, deps.offers);
      if (problem !== undefined) return outdated(problem);
      // A suspected bot is stored too, apart: a person who was fast or whose autofill hit the trap loses nothing.
      const spam = spamReason(input);
      let ownPage: string | void;
      try {
        ownPage = await deps.store(verdict.lead, inboxForm, spam);
      } catch (error) {
        console.error('[wegwijzer] could not store a lead:', error instanceof Error ? error.message : error);
        return { kind: 'unsaved', form: inboxForm, values, message: t('inbox.unsaved') };
      }
      // The page offers the download (checked above): the thank-you page with the next step of its journey,
      // encoded, as a `Location` header holds only ASCII and a page's path may not (`/café/`).
      return { kind: spam === undefined ? 'stored' : 'quarantined', thankYou: encodeURI(ownPage ?? leadThankYou(verdict.lead.download, verdict.lead.page, deps.offers, verdict.lead.kind)) };
    }
  }
}

function refused(status: Extract<InboxResult, { kind: 'refused' }>['status'], message: string): InboxResult {
  return { kind: 'refused', status, message };
}

/**
 * Browsers send `Origin` with every POST: it must be the site's own. Without it, only Fetch
 * Metadata saying `same-origin` passes; a request with neither is refused. (Astro's own origin
 * check, `checkOrigin`, already refuses a form post without a matching `Origin` with 403 before
 * this runs; this repeats the rule so the endpoint does not depend on that setting.)
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) return origin === new URL(request.url).origin;
  return request.headers.get('sec-fetch-site') === 'same-origin';
}

/** The body as text, or undefined when it is larger than `limit` bytes (stops reading early). */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return undefined;
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function parseForm(body: string): Record<string, string> | undefined {
  const values: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(body)) {
    if (Object.hasOwn(values, name)) return undefined;
    values[name] = value;
  }
  return values;
}

/** The honeypot's name before it was renamed: pages built earlier still send it. */
const LEGACY_HONEYPOT_FIELD = 'website';

/** A post from a page built before the honeypot was renamed: its old field counts as the honeypot. */
function withCurrentHoneypot(values: Record<string, string>): Record<string, string> {
  if (!Object.hasOwn(values, LEGACY_HONEYPOT_FIELD)) return values;
  const { [LEGACY_HONEYPOT_FIELD]: legacy = '', ...rest } = values;
  return { ...rest, [HONEYPOT_FIELD]: rest[HONEYPOT_FIELD] || legacy };
}

/** Without JavaScript the static page cannot copy `utm_*` into the form; the Referer still has them. */
function withRefererUtm(values: Record<string, string>, request: Request): Record<string, string> {
  if (UTM_FIELDS.some((name) => values[name])) return values;
  const referer = request.headers.get('referer');
  if (referer === null || !URL.canParse(referer)) return values;
  const params = new URL(referer).searchParams;
  const utm = Object.fromEntries(UTM_FIELDS.flatMap((name) => (params.get(name) ? [[name, params.get(name) ?? '']] : [])));
  return { ...values, ...utm };
}
