/**
 * The form a gated download asks visitors to fill in: the catalogue of fields Wegwijzer knows
 * (label, input type, autocomplete token) and the names of the hidden and technical fields.
 * Pure data, shared by the form component, the validation rules, the client script and the inbox.
 */
import type { DownloadData, FORM_FIELD_IDS } from '../journey/schemas.ts';

export type FormFieldId = (typeof FORM_FIELD_IDS)[number];

export interface FieldSpec {
  id: FormFieldId;
  label: string;
  type: 'text' | 'email' | 'tel';
  /** HTML autocomplete token, so browsers and password managers can fill the field in. */
  autocomplete: string;
  required: boolean;
  maxLength: number;
}

const CATALOGUE: Record<FormFieldId, Omit<FieldSpec, 'required'>> = {
  name: { id: 'name', label: 'Naam', type: 'text', autocomplete: 'name', maxLength: 200 },
  email: { id: 'email', label: 'E-mailadres', type: 'email', autocomplete: 'email', maxLength: 254 },
  organisation: { id: 'organisation', label: 'Organisatie', type: 'text', autocomplete: 'organization', maxLength: 200 },
  phone: { id: 'phone', label: 'Telefoonnummer', type: 'tel', autocomplete: 'tel', maxLength: 40 },
};

/** Without `fields` in the download's YAML: name and email required, organisation optional. */
const DEFAULT_FIELDS = { required: ['name', 'email'], optional: ['organisation'] } as const;

/** Names of the hidden context fields sent with every lead. */
export const CONTEXT_FIELDS = ['download', 'page', 'persona', 'phase'] as const;
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
  downloadId: string;
  fields: FieldSpec[];
}

export function formDefinition(downloadId: string, download: Pick<DownloadData, 'fields'>): FormDefinition {
  const chosen = download.fields ?? DEFAULT_FIELDS;
  const fields = [
    ...chosen.required.map((id) => ({ ...CATALOGUE[id], required: true })),
    ...chosen.optional.map((id) => ({ ...CATALOGUE[id], required: false })),
  ];
  // Email first reads best, but editors choose the order within each list; keep it.
  return { downloadId, fields };
}

/** Every field name a submission of this form may contain. */
export function allowedFieldNames(form: FormDefinition): Set<string> {
  return new Set<string>([
    ...form.fields.map((field) => field.id),
    ...CONTEXT_FIELDS,
    ...UTM_FIELDS,
    CONTACT_FIELD,
    HONEYPOT_FIELD,
    ELAPSED_FIELD,
  ]);
}
