/**
 * What every provider adapter shares: a pure function that turns a valid lead into one HTTP
 * request, and a pure function that reads the provider's answer. Sending lives in send.ts.
 */
import type { ConsentTexts } from '../consent.ts';
import type { FormMessages } from '../fields.ts';
import type { FieldError, Lead } from '../validate.ts';

/** The form's messages HubSpot's field errors are shown with. */
export type HubspotMessages = Pick<FormMessages, 'required' | 'emailInvalid' | 'emailBlocked' | 'tooLarge' | 'numberInvalid'>;

export interface Submission {
  lead: Lead;
  /** The raw form values as posted (the inbox validates them itself). */
  input: Readonly<Record<string, string>>;
  /** Absolute URL of the page the form is on, including `utm_*` parameters. */
  pageUrl: string;
  pageTitle: string;
  /** Absolute URL of the download's thank-you page. */
  thankYouUrl: string;
  consent: ConsentTexts;
  submittedAt: number;
}

export interface OutgoingRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

export type Outcome =
  | { kind: 'accepted'; redirect: string }
  | { kind: 'invalid'; errors: FieldError[] }
  /** Try again later: rate limited (429). */
  | { kind: 'retry' }
  /**
   * Not accepted; the visitor keeps the input and may retry. `message` only when the answer
   * brought one in the site's words (the inbox's); otherwise the form shows its `failed` text.
   */
  | { kind: 'failed'; message?: string };

/** Per form, the provider details the browser needs; serialised into the form's data attribute. */
export type { ClientProvider } from './registry.ts';
import type { ClientProvider } from './registry.ts';

/** One provider: builds the request for a lead and reads the answer. Both pure. */
export interface ProviderAdapter<P extends ClientProvider = ClientProvider> {
  build(submission: Submission, provider: P): OutgoingRequest;
  read(status: number, body: string, provider: P, thankYou: string): Outcome;
  /** When present, the browser sends the request with this (a navigating post) instead of fetch. */
  navigate?(request: OutgoingRequest): void;
}
