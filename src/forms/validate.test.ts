import { describe, expect, it } from 'vitest';
import { formDefinition } from './fields.ts';
import { formTexts } from './texts.ts';
import { MIN_FILL_MS, validateLead } from './validate.ts';

const form = formDefinition('schoolgids', {}, formTexts());
const valid = {
  download: 'schoolgids',
  page: '/basisschool/aanmelden/',
  persona: 'ouders',
  phase: 'beslissing',
  name: 'Jan Jansen',
  email: 'jan@voorbeeld.nl',
  organisation: '',
  website: '',
  elapsed: String(MIN_FILL_MS + 1000),
};

describe('validateLead', () => {
  it('accepts a complete submission and trims values', () => {
    const verdict = validateLead({ ...valid, name: '  Jan  ', utm_source: 'nieuwsbrief', contact: 'ja' }, form);
    expect(verdict).toEqual({
      kind: 'valid',
      lead: {
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
    expect(validateLead({ ...valid, contact: 'on' }, form).kind).toBe('rejected');
  });

  it('treats a filled honeypot and a too-fast submit as spam, before anything else', () => {
    expect(validateLead({ ...valid, website: 'https://spam.example' }, form)).toEqual({ kind: 'spam', reason: 'honeypot' });
    expect(validateLead({ ...valid, email: 'kapot', elapsed: String(MIN_FILL_MS - 1) }, form)).toEqual({ kind: 'spam', reason: 'too-fast' });
    expect(validateLead({ ...valid, elapsed: 'snel' }, form)).toEqual({ kind: 'spam', reason: 'too-fast' });
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
