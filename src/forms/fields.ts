/**
 * The form a gated download asks visitors to fill in: the catalogue of fields Wegwijzer knows
 * (label, input type, autocomplete token) and the names of the hidden and technical fields.
 * Pure data, shared by the form component, the validation rules, the client script and the inbox.
 */
import type { DOWNLOAD_FIELD_IDS, FORM_FIELD_IDS } from '../journey/schemas.ts';
import { LEAD_KINDS, type LeadKind } from './kinds.ts';

export type FormFieldId = (typeof FORM_FIELD_IDS)[number];

export interface FieldSpec {
  id: FormFieldId;
  /** From the strings (`field.<id>`), in the site's language. */
  label: string;
  /** `radio`: one of `options`, in a fieldset with the label as its legend. */
  type: 'text' | 'email' | 'tel' | 'radio';
  /** For `radio`: the values and their words. */
  options?: { value: string; label: string }[];
  /** `numeric` for a whole number: a text field with the number keyboard (no spinner, no browser rounding). */
  inputMode?: 'numeric';
  /** HTML autocomplete token, so browsers and password managers can fill the field in. */
  autocomplete: string;
  required: boolean;
  maxLength: number;
  /** A whole number from 1 to `max` (with `inputMode: numeric`). */
  max?: number;
}

const CATALOGUE: Record<FormFieldId, Omit<FieldSpec, 'required' | 'label'>> = {
  name: { id: 'name', type: 'text', autocomplete: 'name', maxLength: 200 },
  email: { id: 'email', type: 'email', autocomplete: 'email', maxLength: 254 },
  organisation: { id: 'organisation', type: 'text', autocomplete: 'organization', maxLength: 200 },
  phone: { id: 'phone', type: 'tel', autocomplete: 'tel', maxLength: 40 },
  // How many come with one sign-up; each takes a seat. More than ten is a group: call the organisation.
  people: { id: 'people', type: 'text', inputMode: 'numeric', autocomplete: 'off', maxLength: 3, max: 10 },
  // A contact request's choices; their options come with the request (formDefinition).
  channel: { id: 'channel', type: 'radio', autocomplete: 'off', maxLength: 20 },
  dayPart: { id: 'dayPart', type: 'radio', autocomplete: 'off', maxLength: 20 },
};

/** A field only some kinds ask for: a sign-up's `people`, a contact request's `channel` and `dayPart`. */
export type KindFieldId = Exclude<FormFieldId, (typeof DOWNLOAD_FIELD_IDS)[number]>;
// The schemas' fields beyond a download's; the compiler keeps this in step with them (no value import: zod stays out of the browser).
const KIND_FIELDS: Record<KindFieldId, true> = { people: true, channel: true, dayPart: true };
/** The fields providers send beside the contact details, as the lead's kind-specific data. */
export const KIND_FIELD_IDS = Object.keys(KIND_FIELDS) as KindFieldId[];

/** A kind-specific field's value as data: a whole number for `people`, the chosen value for a choice; null when the lead has none. */
export function kindFieldValue(id: KindFieldId, value: string | undefined): string | number | null {
  if (value === undefined) return null;
  return CATALOGUE[id].inputMode === 'numeric' ? Number(value) : value;
}

/** Every message the form may show, in the site's wording (src/forms/texts.ts makes them from the strings). */
export interface FormMessages {
  required: Record<FormFieldId, string>;
  emailInvalid: string;
  emailBlocked: string;
  phoneInvalid: string;
  numberInvalid: string;
  /** With `{max}`: a whole number of people from 1 to max. */
  peopleInvalid: string;
  /** A value that is none of a choice's options. */
  choiceInvalid: string;
  /** With `{max}`, the field's maximum length. */
  tooLong: string;
  tooLarge: string;
  /** A control or format character (zero-width, bidirectional override) in a field. */
  invisible: string;
  failed: string;
  rejected: string;
  sending: string;
  errorPrefix: string;
}

export interface FormTexts {
  labels: Record<FormFieldId, string>;
  /** The words of each channel and part of the day. */
  options: Record<string, string>;
  messages: FormMessages;
}

/** Without `fields` in the download's YAML: name and email required, organisation optional. */
const DEFAULT_FIELDS = { required: ['name', 'email'], optional: ['organisation'] } as const;

/** Names of the hidden context fields sent with every lead, besides the field naming its download or event (kinds.ts). */
export const CONTEXT_FIELDS = ['page', 'persona', 'phase'] as const;
export type ContextField = (typeof CONTEXT_FIELDS)[number];
export const UTM_FIELDS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
/** The unchecked, optional box for further contact; the download never depends on it. */
export const CONTACT_FIELD = 'contact';
/**
 * Honeypot: hidden from people, filled in by naive bots. Its name, id and label carry no word a
 * browser or password manager fills in (`website`, `url`, `company`, `name`, `mail`, …), and the
 * form marks it for them to skip (see LeadForm.astro).
 */
export const HONEYPOT_FIELD = 'ww_leeglaten';
/** Milliseconds between page load and submit, measured in the browser (no clock skew). */
export const ELAPSED_FIELD = 'elapsed';

export interface FormDefinition {
  /** What the lead is for: a download or an event (kinds.ts). */
  kind: LeadKind;
  /** The id of the download or event. */
  downloadId: string;
  fields: FieldSpec[];
  messages: FormMessages;
}

/** What a form asks for: its text fields and, for a contact request, the channels and parts of the day to choose from. */
export interface FormSource {
  fields?: { required: readonly FormFieldId[]; optional: readonly FormFieldId[] } | undefined;
  channels?: readonly string[];
  dayParts?: readonly string[] | undefined;
}

/** The fields a download, event or contact request asks for (`fields` in its YAML); kind `download` when not given. */
export function formDefinition(downloadId: string, download: FormSource, texts: FormTexts, kind: LeadKind = 'download'): FormDefinition {
  const chosen = download.fields ?? DEFAULT_FIELDS;
  const choice = (id: 'channel' | 'dayPart', prefix: string, values: readonly string[] | undefined): FieldSpec[] =>
    // The channel is the request itself; a part of the day is a wish.
    values === undefined ? [] : [{ ...CATALOGUE[id], label: texts.labels[id], required: id === 'channel', options: values.map((value) => ({ value, label: texts.options[`${prefix}.${value}`] ?? value })) }];
  const fields = [
    ...chosen.required.map((id) => ({ ...CATALOGUE[id], label: texts.labels[id], required: true })),
    ...chosen.optional.map((id) => ({ ...CATALOGUE[id], label: texts.labels[id], required: false })),
    ...choice('channel', 'channel', download.channels),
    ...choice('dayPart', 'dayPart', download.dayParts),
  ];
  // Email first reads best, but editors choose the order within each list; keep it.
  return { kind, downloadId, fields, messages: texts.messages };
}

/** Every field name a submission of this form may contain. */
export function allowedFieldNames(form: FormDefinition): Set<string> {
  return new Set<string>([
    ...form.fields.map((field) => field.id),
    LEAD_KINDS[form.kind].field,
    ...CONTEXT_FIELDS,
    ...UTM_FIELDS,
    CONTACT_FIELD,
    HONEYPOT_FIELD,
    ELAPSED_FIELD,
  ]);
}
