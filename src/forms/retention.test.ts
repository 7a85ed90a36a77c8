import { describe, expect, it } from 'vitest';
import { consentTexts } from './consent.ts';
import { addDuration, describeDuration, subtractDuration } from './retention.ts';

describe('retention', () => {
  it('adds calendar durations in UTC', () => {
    const start = new Date('2026-01-15T10:00:00Z');
    expect(addDuration(start, 'P12M').toISOString()).toBe('2027-01-15T10:00:00.000Z');
    expect(addDuration(start, 'P1Y6M').toISOString()).toBe('2027-07-15T10:00:00.000Z');
    expect(addDuration(start, 'P2W3D').toISOString()).toBe('2026-02-01T10:00:00.000Z');
    expect(addDuration(start, 'PT36H').toISOString()).toBe('2026-01-16T22:00:00.000Z');
  });

  it('subtracts calendar durations in UTC', () => {
    const end = new Date('2027-07-15T10:00:00Z');
    expect(subtractDuration(end, 'P1Y6M').toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(subtractDuration(end, 'P2W3D').toISOString()).toBe('2027-06-28T10:00:00.000Z');
    expect(subtractDuration(end, 'PT36H').toISOString()).toBe('2027-07-13T22:00:00.000Z');
  });

  it('rejects what is not a duration', () => {
    expect(() => addDuration(new Date(), 'P')).toThrow(RangeError);
    expect(() => addDuration(new Date(), '12 maanden')).toThrow(RangeError);
  });

  it('describes a duration in plain Dutch', () => {
    expect(describeDuration('P12M')).toBe('12 maanden');
    expect(describeDuration('P1Y6M')).toBe('1 jaar en 6 maanden');
    expect(describeDuration('P1M1W1D')).toBe('1 maand, 1 week en 1 dag');
  });

  it('puts purpose and retention in the consent text the visitor sees', () => {
    const texts = consentTexts({ purpose: 'We sturen u de gids', retention: 'P6M' }, 'Gemeente Voorbeeldstad');
    expect(texts.processing).toContain('We sturen u de gids.');
    expect(texts.processing).toContain('6 maanden');
    expect(texts.contact).toContain('niet nodig voor de download');
  });
});
