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

/** A submission faster than this (measured in the browser) is a bot's. */
export const MIN_FILL_MS = 2500;

export interface FieldError {
  field: FormFieldId;
  message: string;
}

export interface Lead {
  download: string;
  page: string;
  persona: string;
  phase: string;
  fields: Partial<Record<FormFieldId, string>>;
  /** The visitor ticked the optional box for further contact. */
  contact: boolean;
  utm: Record<string, string>;
}

export type Verdict =
  | { kind: 'valid'; lead: Lead }
  | { kind: 'invalid'; errors: FieldError[] }
  /** Looks accepted to the sender, but is not stored. */
  | { kind: 'spam'; reason: 'honeypot' | 'too-fast' }
  /** Not something the form can produce: a field it does not define, or broken context. */
  | { kind: 'rejected'; reason: string };

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{5,}$/;
// The same shape as ID_PATTERN in src/journey/schemas.ts, with a length cap; not imported from
// there because this module runs in the browser, where zod must not be bundled.
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const UTM_MAX = 200;

export function validateLead(input: Readonly<Record<string, string>>, form: FormDefinition): Verdict {
  if ((input[HONEYPOT_FIELD] ?? '') !== '') return { kind: 'spam', reason: 'honeypot' };
  const elapsed = input[ELAPSED_FIELD];
  if (elapsed !== undefined && elapsed !== '' && !(Number(elapsed) >= MIN_FILL_MS)) return { kind: 'spam', reason: 'too-fast' };

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

/** The message for one field's value, or undefined when it is fine. */
export function fieldError(field: FieldSpec, value: string, messages: FormMessages): string | undefined {
  if (value === '') return field.required ? messages.required[field.id] : undefined;
  // Not format() from the strings: this runs in the browser, which does not get the catalogue.
  if (value.length > field.maxLength) return messages.tooLong.replace('{max}', String(field.maxLength));
  if (field.type === 'email' && !EMAIL.test(value)) return messages.emailInvalid;
  if (field.type === 'tel' && !PHONE.test(value)) return messages.phoneInvalid;
  return undefined;
}

/**
 * The name of a hidden field the form could not have sent: a download other than the form's, a
 * page that is not a site path, a persona or phase that is not an id, a `utm_*` value over
 * 200 characters, a contact box with another value than `ja`. Short on purpose: this
 * also ships in the browser bundle.
 */
function badContextField(input: Readonly<Record<string, string>>, form: FormDefinition): string | undefined {
  const page = input.page ?? '';
  const contact = input[CONTACT_FIELD];
  if (input.download !== form.downloadId) return 'download';
  if (!page.startsWith('/') || page.length > 300 || /\s/.test(page)) return 'page';
  return (
    ['persona', 'phase'].find((name) => !ID.test(input[name] ?? '')) ??
    UTM_FIELDS.find((name) => (input[name] ?? '').length > UTM_MAX) ??
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
  const [download, page, persona, phase] = CONTEXT_FIELDS.map((name) => input[name] ?? '');
  return { download: download ?? '', page: page ?? '', persona: persona ?? '', phase: phase ?? '', fields, contact: input[CONTACT_FIELD] === 'ja', utm };
}
