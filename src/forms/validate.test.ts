import { describe, expect, it } from 'vitest';
import { formDefinition } from './fields.ts';
import { formTexts } from './texts.ts';
import { isEmailAddress, MIN_FILL_MS, spamReason, validateLead } from './validate.ts';

const form = formDefinition('schoolgids', {}, formTexts());
const valid = {
  download: 'schoolgids',
  page: '/basisschool/aanmelden/',
  persona: 'ouders',
  phase: 'beslissing',
  name: 'Jan Jansen',
  email: 'jan@voorbeeld.nl',
  organisation: '',
  ww_leeglaten: '',
  elapsed: String(MIN_FILL_MS + 1000),
};

describe('validateLead', () => {
  it('accepts a complete submission and trims values', () => {
    const verdict = validateLead({ ...valid, name: '  Jan  ', utm_source: 'nieuwsbrief', contact: 'ja' }, form);
    expect(verdict).toEqual({
      kind: 'valid',
      lead: {
        kind: 'download',
        download: 'schoolgids',
        page: '/basisschool/aanmelden/',
        persona: 'ouders',
        phase: 'beslissing',
        fields: { name: 'Jan', email: 'jan@voorbeeld.nl' },
        contact: true,
        utm: { utm_source: 'nieuwsbrief' },
      },
    });
  });

  it('validates an event sign-up by its own hidden field, with the number of people from 1 to 10', () => {
    const signUp = formDefinition('informatieavond', { fields: { required: ['name', 'email', 'people'], optional: [] } }, formTexts(), 'event');
    const { download: _, ...context } = valid;
    const input = { ...context, event: 'informatieavond', people: '2' };
    expect(validateLead(input, signUp)).toMatchObject({ kind: 'valid', lead: { kind: 'event', download: 'informatieavond', fields: { people: '2' } } });
    for (const people of ['0', '11', '1.5', 'twee', '-1']) {
      expect(validateLead({ ...input, people }, signUp), people).toEqual({ kind: 'invalid', errors: [{ field: 'people', message: 'Vul een aantal in van 1 tot en met 10.' }] });
    }
    // A download's field on an event form, or another event, is not what the form sends.
    expect(validateLead({ ...input, download: 'informatieavond' }, signUp)).toEqual({ kind: 'rejected', reason: 'unknown field "download"' });
    expect(validateLead({ ...input, event: 'andere-avond' }, signUp)).toEqual({ kind: 'rejected', reason: 'invalid event' });
  });

  it('validates a contact request: a channel it offers is required, a part of the day is optional', () => {
    const request = formDefinition('terugbellen', { channels: ['phone', 'email'], dayParts: ['morning'] }, formTexts(), 'contact');
    expect(request.fields.map((field) => [field.id, field.required, field.options?.map((option) => option.label).join('/')])).toEqual([
      ['name', true, undefined],
      ['email', true, undefined],
      ['organisation', false, undefined],
      ['channel', true, 'Telefoon/E-mail'],
      ['dayPart', false, 'Ochtend'],
    ]);
    const { download: _, ...context } = valid;
    const input = { ...context, contact_request: 'terugbellen', channel: 'email' };
    expect(validateLead(input, request)).toMatchObject({ kind: 'valid', lead: { kind: 'contact', download: 'terugbellen', fields: { channel: 'email' } } });
    expect(validateLead({ ...input, channel: 'visit' }, request)).toEqual({ kind: 'invalid', errors: [{ field: 'channel', message: 'Kies een van de mogelijkheden.' }] });
    expect(validateLead({ ...input, channel: '' }, request)).toEqual({ kind: 'invalid', errors: [{ field: 'channel', message: 'Kies hoe u contact wilt.' }] });
  });

  it('leaves the further-contact box off unless it was ticked', () => {
    const verdict = validateLead(valid, form);
    expect(verdict.kind === 'valid' && verdict.lead.contact).toBe(false);
  });

  it('reports every missing required field with a message in Dutch', () => {
    const verdict = validateLead({ ...valid, name: ' ', email: '' }, form);
    expect(verdict).toEqual({
      kind: 'invalid',
      errors: [
        { field: 'name', message: 'Vul uw naam in.' },
        { field: 'email', message: 'Vul uw e-mailadres in.' },
      ],
    });
  });

  it.each(['jan', 'jan@', 'jan@voorbeeld', 'jan @voorbeeld.nl', '@voorbeeld.nl'])('rejects the email address %j', (email) => {
    const verdict = validateLead({ ...valid, email }, form);
    expect(verdict).toEqual({ kind: 'invalid', errors: [{ field: 'email', message: expect.stringContaining('geldig e-mailadres') }] });
  });

  it('limits the length of a field', () => {
    const verdict = validateLead({ ...valid, organisation: 'x'.repeat(201) }, form);
    expect(verdict).toEqual({ kind: 'invalid', errors: [{ field: 'organisation', message: 'Gebruik maximaal 200 tekens.' }] });
  });

  it('rejects a field the form does not define', () => {
    const phoneless = validateLead({ ...valid, phone: '0612345678' }, form);
    expect(phoneless).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('"phone"') });
    // Left empty, as on a page opened before the field was removed, it carries nothing: no reason to lose the lead.
    const stale = validateLead({ ...valid, phone: '' }, form);
    expect(stale.kind).toBe('valid');
    expect(stale.kind === 'valid' && stale.lead.fields).toEqual({ name: valid.name, email: valid.email });
    const withPhone = formDefinition('schoolgids', { fields: { required: ['email', 'phone'], optional: [] } }, formTexts());
    const { name: _name, organisation: _organisation, ...rest } = valid;
    expect(validateLead({ ...rest, phone: '06 12345678' }, withPhone).kind).toBe('valid');
    expect(validateLead({ ...rest, phone: '06 12345678', name: 'Jan' }, withPhone).kind).toBe('rejected');
  });

  it('rejects context the form cannot produce', () => {
    expect(validateLead({ ...valid, download: 'andere' }, form).kind).toBe('rejected');
    expect(validateLead({ ...valid, page: 'https://elders.example/' }, form).kind).toBe('rejected');
    expect(validateLead({ ...valid, persona: 'Ouders!' }, form).kind).toBe('rejected');
    expect(validateLead({ ...valid, page: '//evil.example/x' }, form).kind).toBe('rejected');
    expect(validateLead({ ...valid, contact: 'on' }, form).kind).toBe('rejected');
  });

  it('marks a filled honeypot and a too-fast submit as spam, and validation goes on regardless', () => {
    expect(spamReason({ ...valid, ww_leeglaten: 'https://spam.example' })).toBe('honeypot');
    expect(spamReason({ ...valid, elapsed: String(MIN_FILL_MS - 1) })).toBe('too-fast');
    expect(spamReason({ ...valid, elapsed: 'snel' })).toBe('too-fast');
    expect(spamReason({ ...valid, elapsed: '' })).toBeUndefined();
    expect(spamReason(valid)).toBeUndefined();
    // Spam signals do not stop validation: a fast person with a typo sees the error.
    expect(validateLead({ ...valid, email: 'kapot', elapsed: '1' }, form).kind).toBe('invalid');
    expect(validateLead({ ...valid, elapsed: '1', ww_leeglaten: 'x' }, form).kind).toBe('valid');
  });

  it.each([
    ['NUL', 'Jan\u0000Jansen'],
    ['BEL', 'Jan\u0007'],
    ['a zero-width space', 'Jan\u200bJansen'],
    ['a right-to-left override', 'Jan \u202enesnaJ'],
  ])('refuses %s in a visible field with a message, and in a hidden one as not from the form', (_name, text) => {
    expect(validateLead({ ...valid, name: text }, form)).toEqual({ kind: 'invalid', errors: [{ field: 'name', message: form.messages.invisible }] });
    expect(validateLead({ ...valid, utm_source: text }, form).kind).toBe('rejected');
  });

  it.each(['<jan@voorbeeld.nl>', 'Jan <jan@voorbeeld.nl>', '"jan"@voorbeeld.nl', `${'a'.repeat(65)}@voorbeeld.nl`, `jan@${Array(5).fill('a'.repeat(60)).join('.')}.nl`, 'jan@[192.0.2.1]', 'jan..jansen@voorbeeld.nl', 'jan@-voorbeeld.nl', 'jan@voorbeeld.1'])(
    'refuses the email address %j (RFC 5321 lengths, no display name)',
    (email) => {
      expect(isEmailAddress(email)).toBe(false);
    },
  );

  it.each(['jan@voorbeeld.nl', 'j.jansen+gids@gemeente.voorbeeld.nl', `${'a'.repeat(64)}@voorbeeld.nl`, 'josé@voorbeeld.nl', "o'brien@voorbeeld.ie"])('accepts the email address %j', (email) => {
    expect(isEmailAddress(email)).toBe(true);
  });

  it('does not time a submission without the elapsed field (a browser without JavaScript)', () => {
    const { elapsed: _omitted, ...withoutElapsed } = valid;
    expect(validateLead(withoutElapsed, form).kind).toBe('valid');
  });

  it('follows the download’s own field list', () => {
    const custom = formDefinition('gids', { fields: { required: ['email', 'phone'], optional: ['organisation'] } }, formTexts());
    expect(custom.fields.map((field) => [field.id, field.required])).toEqual([
      ['email', true],
      ['phone', true],
      ['organisation', false],
    ]);
    const input = { download: 'gids', page: '/a/', persona: 'p', phase: 'q', email: 'a@b.nl', phone: 'bel me' };
    expect(validateLead(input, custom)).toEqual({ kind: 'invalid', errors: [{ field: 'phone', message: expect.stringContaining('telefoonnummer') }] });
  });
});
