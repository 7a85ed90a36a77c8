/**
 * The e-mails about a lead, as pure functions of the lead and the site: one to the organisation with
 * what the visitor gave and where (page, persona, phase), and one to the visitor, only when they gave
 * an address, with the download link, in the site's language and tone (plain text and accessible
 * HTML). Each carries its delivery's idempotency key as its Message-ID and in `X-Wegwijzer-Delivery`,
 * so a repeat after a crash (see docs/leads.md, "At least once") can be recognised.
 */
import type { CommittedLead } from '../inbox/store.ts';
import type { Translate } from '../strings/strings.ts';
import { FORM_FIELD_IDS } from '../journey/schemas.ts';
import type { NotifyOptions } from './options.ts';

/** What the e-mails need to know of the site. */
export interface MailSite {
  notify: NonNullable<NotifyOptions>;
  t: Translate;
  /** The `lang` of the site's pages, for the HTML part. */
  lang: string;
  /** The site's URL, from astro.config.mjs `site`. */
  site: string;
  organisation: string;
  downloads: ReadonlyMap<string, { title: string; file: string; format: string }>;
}

export interface MailMessage {
  from: string;
  to: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  messageId: string;
  headers: Record<string, string>;
}

export const DELIVERY_HEADER = 'X-Wegwijzer-Delivery';

/** `<key@domain of the sender>`: a Message-ID as RFC 5322 wants it, the same on every attempt. */
export function messageId(key: string, from: string): string {
  return `<${key}@${from.slice(from.lastIndexOf('@') + 1)}>`;
}

function envelope(key: string, site: MailSite): Pick<MailMessage, 'from' | 'messageId' | 'headers'> {
  return { from: site.notify.from, messageId: messageId(key, site.notify.from), headers: { [DELIVERY_HEADER]: key } };
}

function downloadOf(lead: CommittedLead, site: MailSite): { title: string; file: string; format: string } {
  return site.downloads.get(lead.download) ?? { title: lead.download, file: '', format: '' };
}

/** The organisation's recipients of a lead: those of its download, else `to`. */
export function teamRecipients(lead: Pick<CommittedLead, 'download'>, notify: NonNullable<NotifyOptions>): string[] {
  return notify.perDownload[lead.download] ?? notify.to;
}

/** To the organisation: the fields the visitor filled in, the page, persona and phase; nothing else. */
export function teamMessage(lead: CommittedLead, key: string, site: MailSite): MailMessage {
  const { t } = site;
  const { title } = downloadOf(lead, site);
  const given = FORM_FIELD_IDS.flatMap((id) => (lead.fields[id] ? [[t(`field.${id}`), lead.fields[id]] as const] : []));
  const context = [
    [t('mail.team.page'), new URL(lead.page, site.site).href],
    [t('mail.team.persona'), lead.persona],
    [t('mail.team.phase'), lead.phase],
    [t('mail.team.contact'), t(lead.contact ? 'mail.team.yes' : 'mail.team.no')],
  ] as const;
  const lines = (rows: readonly (readonly [string, string])[]) => rows.map(([label, value]) => `${label}: ${value}`);
  const text = [t('mail.team.intro', { title }), '', ...lines(given), '', `${t('mail.team.context')}:`, ...lines(context), '', t('mail.team.lead', { id: lead.id }), ''].join('\n');
  return {
    ...envelope(key, site),
    to: teamRecipients(lead, site.notify),
    ...(lead.email === undefined ? {} : { replyTo: lead.email }),
    subject: t('mail.team.subject', { title }),
    text,
  };
}

/** To the visitor, when they gave an address: a confirmation with the download link. */
export function confirmationMessage(lead: CommittedLead, key: string, site: MailSite): MailMessage {
  if (lead.email === undefined) throw new Error(`lead ${lead.id} has no e-mail address to confirm to`);
  const { t } = site;
  const { title, file, format } = downloadOf(lead, site);
  const link = new URL(file, site.site).href;
  const name = lead.fields.name;
  const greeting = name ? t('mail.confirm.greeting', { name }) : t('mail.confirm.greetingNoName');
  const siteHost = new URL(site.site).host;
  const subject = t('mail.confirm.subject', { title });
  const text = [greeting, '', t('mail.confirm.text', { title }), link, '', t('mail.confirm.why', { site: siteHost }), '', t('mail.confirm.signature'), site.organisation, ''].join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(site.lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; background: #ffffff;">',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(t('mail.confirm.text', { title }))}</p>`,
    `<p><a href="${escapeHtml(link)}" style="color: #0b57a4; text-decoration: underline;">${escapeHtml(t('mail.confirm.link', { title, format: format || 'PDF' }))}</a></p>`,
    `<p>${escapeHtml(t('mail.confirm.why', { site: siteHost }))}</p>`,
    `<p>${escapeHtml(t('mail.confirm.signature'))}<br>${escapeHtml(site.organisation)}</p>`,
    '</body></html>',
    '',
  ].join('\n');
  return { ...envelope(key, site), to: [lead.email], subject, text, html };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
