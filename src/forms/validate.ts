/**
 * The validation rules of a lead, as one pure function. The inbox endpoint runs it on every
 * submission; the client script runs the same rules for inline errors before sending.
 * Messages come with the form definition, in the site's own wording (plain language, B1):
 * visitors read them in the error summary.
 */
import {
  allowedFieldNames,
  CONTACT_FIELD,
  CONTEXT_FIELDS,
  ELAPSED_FIELD,
  HONEYPOT_FIELD,
  UTM_FIELDS,
  type FieldSpec,
  type FormDefinition,
  type FormFieldId,
  type FormMessages,
} from './fields.ts';
import { LEAD_KINDS, type LeadKind } from './kinds.ts';

/**
 * A submission sent sooner than this after the form script started (measured in the browser) is
 * quarantined as `too-fast`. In Chromium (`npm run bench:autofill`), filling every field at once
 * when the page is ready, as a password manager's fill-on-load does, and submitting at once took
 * 4–70 ms; Playwright filling two fields and clicking took 350–1250 ms on a busy machine. A person
 * needs at least a reaction and a click after an autofill (over half a second), so 500 ms
 * catches machine-speed submits without catching people; a mistake lands in quarantine, not in
 * the bin. See docs/leads.md.
 */
export const MIN_FILL_MS = 500;

export interface FieldError {
  field: FormFieldId;
  message: string;
}

export interface Lead {
  /** What the lead is for; `download` names its download or event. */
  kind: LeadKind;
  /** The id of the download or event the lead is for (see `kind`). */
  download: string;
  page: string;
  persona: string;
  phase: string;
  fields: Partial<Record<FormFieldId, string>>;
  /** The visitor ticked the optional box for further contact. */
  contact: boolean;
  utm: Record<string, string>;
}

/** Why a valid submission is suspected to come from a bot: the honeypot was filled, or it was too fast. */
export type SpamReason = 'honeypot' | 'too-fast';

export type Verdict =
  | { kind: 'valid'; lead: Lead }
  | { kind: 'invalid'; errors: FieldError[] }
  /** Not something the form can produce: a field it does not define, or broken context. */
  | { kind: 'rejected'; reason: string };

/** Control and format characters (NUL, BEL, zero-width, bidirectional overrides…): never in a lead. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
const PHONE = /^\+?[0-9][0-9 ()-]{5,}$/;
// The same shape as ID_PATTERN in src/journey/schemas.ts, with a length cap; not imported from
// there because this module runs in the browser, where zod must not be bundled.
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** A site path: one leading slash (not `//host`), no spaces, no backslash. */
const SITE_PATH = /^\/(?![/\\])[^\s\\]{0,299}$/;
const UTM_MAX = 200;

export function validateLead(input: Readonly<Record<string, string>>, form: FormDefinition): Verdict {
  const allowed = allowedFieldNames(form);
  // An empty field the form no longer has (a page opened before an editor removed it) carries no data.
  const unknown = Object.keys(input).filter((name) => !allowed.has(name) && input[name] !== '');
  if (unknown.length > 0) return { kind: 'rejected', reason: `unknown field ${unknown.map((name) => JSON.stringify(name)).join(', ')}` };
  const context = badContextField(input, form);
  if (context !== undefined) return { kind: 'rejected', reason: `invalid ${context}` };

  const errors = form.fields.flatMap((field) => {
    const message = fieldError(field, (input[field.id] ?? '').trim(), form.messages);
    return message === undefined ? [] : [{ field: field.id, message }];
  });
  if (errors.length > 0) return { kind: 'invalid', errors };
  return { kind: 'valid', lead: toLead(input, form) };
}

/**
 * Why a submission looks like a bot's: a filled honeypot, or faster than MIN_FILL_MS. A browser
 * without JavaScript sends no fill time and is not timed. Separate from `validateLead`, so only
 * the code that acts on it (the inbox, the webhook adapter) carries it into a bundle.
 */
export function spamReason(input: Readonly<Record<string, string>>): SpamReason | undefined {
  if ((input[HONEYPOT_FIELD] ?? '') !== '') return 'honeypot';
  const elapsed = input[ELAPSED_FIELD];
  if (elapsed !== undefined && elapsed !== '' && !(Number(elapsed) >= MIN_FILL_MS)) return 'too-fast';
  return undefined;
}

/** The message for one field's value, or undefined when it is fine. */
export function fieldError(field: FieldSpec, value: string, messages: FormMessages): string | undefined {
  if (value === '') return field.required ? messages.required[field.id] : undefined;
  if (field.options !== undefined) return field.options.some((option) => option.value === value) ? undefined : messages.choiceInvalid;
  // A number says what is allowed, whatever else is wrong with it.
  if (field.max !== undefined) return /^[1-9][0-9]*$/.test(value) && Number(value) <= field.max ? undefined : messages.peopleInvalid.replace('{max}', String(field.max));
  // Not format() from the strings: this runs in the browser, which does not get the catalogue.
  if (value.length > field.maxLength) return messages.tooLong.replace('{max}', String(field.maxLength));
  if (INVISIBLE.test(value)) return messages.invisible;
  if (field.type === 'email' && !isEmailAddress(value)) return messages.emailInvalid;
  if (field.type === 'tel' && !PHONE.test(value)) return messages.phoneInvalid;
  return undefined;
}

// An RFC 5322 dot-atom of letters and digits of any script (RFC 6531); domain labels of letters,
// digits and inner hyphens, at most 63 long; a top-level label of letters.
const EMAIL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@([\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u;

/**
 * A plain address `local@domain`: no display name (`Jan <jan@…>`), no quoted local part, no IP
 * literal, and the lengths of RFC 5321 in bytes: local part 64, address 254 (so domain 253).
 */
export function isEmailAddress(value: string): boolean {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  // Within 254 bytes in all, the domain cannot pass 253.
  return EMAIL.test(value) && bytes(value.slice(0, value.lastIndexOf('@'))) <= 64 && bytes(value) <= 254;
}

/**
 * The name of a hidden field the form could not have sent: a download other than the form's, a
 * page that is not a site path, a persona or phase that is not an id, a `utm_*` value over
 * 200 characters, a contact box with another value than `ja`, or any hidden value with a control
 * or format character. Whether the page really offers the download, with that persona and phase,
 * the server checks against the build (see offers.ts). Short on purpose: this also ships in the
 * browser bundle.
 */
function badContextField(input: Readonly<Record<string, string>>, form: FormDefinition): string | undefined {
  const contact = input[CONTACT_FIELD];
  const offer = LEAD_KINDS[form.kind].field;
  if (input[offer] !== form.downloadId) return offer;
  if (!SITE_PATH.test(input.page ?? '')) return 'page';
  return (
    ['persona', 'phase'].find((name) => !ID.test(input[name] ?? '')) ??
    UTM_FIELDS.find((name) => (input[name] ?? '').length > UTM_MAX || INVISIBLE.test(input[name] ?? '')) ??
    (contact !== undefined && contact !== 'ja' ? CONTACT_FIELD : undefined)
  );
}

function toLead(input: Readonly<Record<string, string>>, form: FormDefinition): Lead {
  const fields: Lead['fields'] = {};
  for (const field of form.fields) {
    const value = (input[field.id] ?? '').trim();
    if (value !== '') fields[field.id] = value;
  }
  const utm: Record<string, string> = {};
  for (const name of UTM_FIELDS) {
    const value = input[name]?.trim();
    if (value) utm[name] = value;
  }
  const [page, persona, phase] = CONTEXT_FIELDS.map((name) => input[name] ?? '');
  return { kind: form.kind, download: form.downloadId, page: page ?? '', persona: persona ?? '', phase: phase ?? '', fields, contact: input[CONTACT_FIELD] === 'ja', utm };
}
