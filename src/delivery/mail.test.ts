import { describe, expect, it } from 'vitest';
import type { CommittedLead } from '../inbox/store.ts';
import { resolveStrings, translator, type Locale, type Tone } from '../strings/strings.ts';
import { DELIVERY_HEADER, confirmationMessage, teamMessage, type MailSite } from './mail.ts';
import { destinationsFor } from './channels.ts';
import { smtpError } from './smtp.ts';

const lead: CommittedLead = {
  id: 7,
  receivedAt: '2026-12-04T10:00:00.000Z',
  kind: 'download',
  download: 'schoolgids',
  page: '/basisschool/aanmelden/',
  persona: 'ouders',
  phase: 'beslissing',
  fields: { name: 'Jan <de> Vries', email: 'jan@voorbeeld.nl' },
  contact: false,
  consent: { processing: 'Wij bewaren uw gegevens 12 maanden.', contact: 'Ik wil later een vraag krijgen.' },
  email: 'jan@voorbeeld.nl',
};

function site(locale: Locale = 'nl', tone: Tone = 'u'): MailSite {
  return {
    notify: { to: ['team@voorbeeldstad.nl'], from: 'noreply@voorbeeldstad.nl', perDownload: { busplanner: ['ov@voorbeeldstad.nl'] }, confirm: true },
    t: translator(resolveStrings({ locale, tone })),
    lang: locale,
    site: 'https://www.voorbeeldstad.nl',
    organisation: 'Gemeente Voorbeeldstad',
    downloads: new Map([['schoolgids', { title: 'Schoolgids 2027', file: '/brochures/schoolgids-2027.pdf', format: 'PDF' }]]),
  };
}

describe('the e-mail to the organisation', () => {
  it('holds the fields, the page, persona and phase, and nothing the visitor did not give', () => {
    const message = teamMessage(lead, 'wegwijzer.7.1.team-mail', site());
    expect(message).toMatchObject({ from: 'noreply@voorbeeldstad.nl', to: ['team@voorbeeldstad.nl'], replyTo: 'jan@voorbeeld.nl', subject: 'Nieuwe aanvraag: Schoolgids 2027' });
    expect(message.messageId).toBe('<wegwijzer.7.1.team-mail@voorbeeldstad.nl>');
    expect(message.headers[DELIVERY_HEADER]).toBe('wegwijzer.7.1.team-mail');
    expect(message.text).toContain('Naam: Jan <de> Vries');
    expect(message.text).toContain('E-mailadres: jan@voorbeeld.nl');
    expect(message.text).toContain('Pagina: https://www.voorbeeldstad.nl/basisschool/aanmelden/');
    expect(message.text).toContain('Doelgroep: ouders');
    expect(message.text).toContain('Fase: beslissing');
    expect(message.text).toContain('Wil verder contact: nee');
    expect(message.text).not.toMatch(/Organisatie|Telefoon/);
  });

  it('goes to the recipients of its download when `perDownload` names them', () => {
    expect(teamMessage({ ...lead, download: 'busplanner' }, 'k', site()).to).toEqual(['ov@voorbeeldstad.nl']);
  });
});

describe("the visitor's confirmation", () => {
  it('speaks in the tone of the site, with the download link in plain text and accessible HTML', () => {
    const formal = confirmationMessage(lead, 'wegwijzer.7.1.visitor-mail', site('nl', 'u'));
    const informal = confirmationMessage(lead, 'k', site('nl', 'je'));
    const english = confirmationMessage(lead, 'k', site('en', 'u'));
    expect(formal).toMatchObject({ to: ['jan@voorbeeld.nl'], subject: 'Uw download: Schoolgids 2027' });
    expect(formal.text).toContain('U kunt Schoolgids 2027 downloaden');
    expect(formal.text).toContain('https://www.voorbeeldstad.nl/brochures/schoolgids-2027.pdf');
    expect(informal.subject).toBe('Je download: Schoolgids 2027');
    expect(informal.text).toContain('Je kunt Schoolgids 2027 downloaden');
    expect(english.subject).toBe('Your download: Schoolgids 2027');
    expect(english.html).toContain('<html lang="en">');
    expect(formal.html).toContain('<html lang="nl">');
    expect(formal.html).toContain('<title>Uw download: Schoolgids 2027</title>');
    expect(formal.html).toContain('<a href="https://www.voorbeeldstad.nl/brochures/schoolgids-2027.pdf"');
    expect(formal.html).toContain('Schoolgids 2027 downloaden (PDF)</a>');
    // What the visitor typed is escaped in the HTML.
    expect(formal.html).toContain('Beste Jan &#60;de&#62; Vries,');
  });

  it('is only sent to a visitor who gave an address, and only when confirmations are on', () => {
    const notify = site().notify;
    expect(destinationsFor({ notify }, lead)).toEqual(['team-mail', 'visitor-mail']);
    const { email: _, ...withoutEmail } = lead;
    expect(destinationsFor({ notify }, withoutEmail)).toEqual(['team-mail']);
    expect(destinationsFor({ notify: { ...notify, confirm: false } }, lead)).toEqual(['team-mail']);
    expect(destinationsFor({}, lead)).toEqual([]);
    // Its text is a download link: a sign-up or a contact request gets the team's mail only.
    expect(destinationsFor({ notify }, { ...lead, kind: 'event' })).toEqual(['team-mail']);
    expect(destinationsFor({ notify }, { ...lead, kind: 'contact' })).toEqual(['team-mail']);
  });
});

describe('SMTP errors', () => {
  it('keep only the code and kind, never the server text that may quote an address', () => {
    const error = smtpError(Object.assign(new Error('550 5.1.1 <jan@voorbeeld.nl>: Recipient address rejected'), { responseCode: 550, code: 'EENVELOPE' }));
    expect(error.message).toBe('SMTP 550 (EENVELOPE)');
    expect(error.permanent).toBe(true);
    expect(smtpError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ESOCKET' }))).toMatchObject({ message: 'SMTP ESOCKET', permanent: false });
    expect(smtpError(Object.assign(new Error('451 try later'), { responseCode: 451, code: 'EMESSAGE' })).permanent).toBe(false);
  });
});
