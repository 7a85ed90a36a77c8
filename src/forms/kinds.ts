/**
 * The kinds of lead one pipeline receives: a gated download, an event sign-up and a contact request. One entry per
 * kind: the hidden form field that names what the lead is for, the MDX component and the CTA field
 * that offer it, and what developer reports (stats) call one lead of it. The form, the validation, the inbox, the offers and the export all read this table.
 * Pure data: it also ships in the browser bundle.
 */
export const LEAD_KINDS = {
  download: { field: 'download', component: 'Download', cta: 'download', noun: 'download request' },
  event: { field: 'event', component: 'SignUp', cta: 'event', noun: 'sign-up' },
  // Not `contact`: that is the further-contact box of every form.
  contact: { field: 'contact_request', component: 'ContactRequest', cta: 'contact', noun: 'contact request' },
} as const;

export type LeadKind = keyof typeof LEAD_KINDS;
export const LEAD_KIND_IDS = Object.keys(LEAD_KINDS) as LeadKind[];

/** The hidden field naming the download or event of a lead: `download`, `event`. */
export type OfferField = (typeof LEAD_KINDS)[LeadKind]['field'];

/** The kind of a posted form, by the hidden field that names what it is for; undefined when none or more than one. */
export function postedKind(values: Readonly<Record<string, string>>): LeadKind | undefined {
  const kinds = LEAD_KIND_IDS.filter((kind) => Object.hasOwn(values, LEAD_KINDS[kind].field));
  return kinds.length === 1 ? kinds[0] : undefined;
}

/** The key of a form among all kinds: a download and an event may share an id. */
export function formKey(kind: LeadKind, id: string): string {
  return `${kind}:${id}`;
}
