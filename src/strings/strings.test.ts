import { describe, expect, it } from 'vitest';
import { parseOptions } from '../integration/options.ts';
import { minimalOptions } from '../integration/options.fixtures.ts';
import { format, placeholders, resolveStrings, STRING_KEYS, templateParts, translator } from './strings.ts';

describe('the strings', () => {
  it('write every text in Dutch for both tones and in English, with the same placeholders', () => {
    for (const key of STRING_KEYS) {
      const u = resolveStrings({ locale: 'nl', tone: 'u' })[key];
      const je = resolveStrings({ locale: 'nl', tone: 'je' })[key];
      const en = resolveStrings({ locale: 'en', tone: 'u' })[key];
      for (const text of [u, je, en]) expect(text.trim(), key).not.toBe('');
      expect(placeholders(je).sort(), key).toEqual(placeholders(u).sort());
      expect(placeholders(en).sort(), key).toEqual(placeholders(u).sort());
    }
  });

  it('address the visitor with u or je, and never mix them', () => {
    const u = resolveStrings({ locale: 'nl', tone: 'u' });
    const je = resolveStrings({ locale: 'nl', tone: 'je' });
    expect(u['thankYou.heading']).toBe('Bedankt voor uw aanvraag');
    expect(je['thankYou.heading']).toBe('Bedankt voor je aanvraag');
    expect(je['field.name.required']).toBe('Vul je naam in.');
    const formal = /\b(u|uw|U|Uw)\b/;
    const informal = /\b(je|jij|jouw|Je|Jij|Jouw)\b/;
    for (const key of STRING_KEYS) {
      expect(je[key], `${key} (je)`).not.toMatch(formal);
      expect(u[key], `${key} (u)`).not.toMatch(informal);
    }
  });

  it('put the site’s overrides over the catalogue, for the chosen locale', () => {
    const strings = resolveStrings({ locale: 'en', tone: 'u', overrides: { 'nextStep.title': 'Carry on' } });
    expect(strings['nextStep.title']).toBe('Carry on');
    expect(strings['faq.title']).toBe('Frequently asked questions');
  });

  it('fill in placeholders, leaving unknown ones visible, and split around markup placeholders', () => {
    expect(format('stap {step} van {total}', { step: 2, total: 4 })).toBe('stap 2 van 4');
    expect(format('Hallo {naam}', {})).toBe('Hallo {naam}');
    expect(templateParts('Mail naar {email}. Of {other}.', { other: 'niet' }, ['email'])).toEqual([{ text: 'Mail naar ' }, { slot: 'email' }, { text: '. Of niet.' }]);
    expect(templateParts('Geen markup.', {}, [])).toEqual([{ text: 'Geen markup.' }]);
    expect(translator(resolveStrings({ locale: 'nl', tone: 'u' }))('download.button', { title: 'de gids' })).toBe('Download de gids');
  });
});

describe('the voice options', () => {
  const errorOf = (options: object): string => {
    try {
      parseOptions({ ...minimalOptions, ...options });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the options to be refused');
  };

  it('default to Dutch, u, no overrides', () => {
    const options = parseOptions(minimalOptions);
    expect([options.locale, options.tone, options.strings, options.timeZone]).toEqual(['nl', 'u', {}, 'Europe/Amsterdam']);
  });

  it('refuse an unknown string key, naming it and the likely intended key', () => {
    const message = errorOf({ strings: { 'nextStep.titel': 'Verder' } });
    expect(message).toContain('option `strings.nextStep.titel` is not a text Wegwijzer writes: did you mean `nextStep.title`?');
    expect(errorOf({ strings: { banaan: 'geel' } })).toMatch(/`strings\.banaan` is not a text Wegwijzer writes\. The keys are listed/);
  });

  it('refuse a placeholder the text does not fill in, naming the ones it offers', () => {
    expect(errorOf({ strings: { 'steps.next': 'Verder met {titel}' } })).toContain('option `strings.steps.next` uses {titel}, which this text does not fill in (it offers {label})');
    expect(errorOf({ strings: { 'faq.title': 'Vragen over {onderwerp}' } })).toContain('(it has no placeholders)');
    expect(parseOptions({ ...minimalOptions, strings: { 'steps.next': 'Verder: {label}' } }).strings).toEqual({ 'steps.next': 'Verder: {label}' });
  });

  it('refuse an unknown locale, tone or time zone', () => {
    expect(errorOf({ locale: 'de' })).toContain('option `locale` must be one of `nl`, `en`');
    expect(errorOf({ tone: 'jij' })).toContain('option `tone` must be one of `u`, `je`');
    expect(errorOf({ timeZone: 'Europe/Utrecht' })).toContain('option `timeZone` must be an IANA time zone');
  });
});
