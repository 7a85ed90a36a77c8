import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASES } from '../journey/phases.ts';
import { parseOptions, WegwijzerOptionsError } from './options.ts';

describe('parseOptions', () => {
  it('fills in the default phases', () => {
    expect(parseOptions({ organisation: { name: 'Gemeente X' } }).phases).toEqual(DEFAULT_PHASES);
  });

  it('keeps configured phases in their order', () => {
    const phases = [
      { id: 'zien', label: 'Zien', need: 'informatief' },
      { id: 'doen', label: 'Doen', need: 'actie' },
    ];
    expect(parseOptions({ organisation: { name: 'X' }, phases }).phases.map((p) => p.id)).toEqual(['zien', 'doen']);
  });

  it('names a missing option and what it expects', () => {
    expect(() => parseOptions({})).toThrow(WegwijzerOptionsError);
    expect(() => parseOptions({})).toThrow(/option `organisation` is required\. Expected: The organisation that publishes the site\./);
  });

  it('names a misspelt option', () => {
    expect(() => parseOptions({ organisation: { name: 'X' }, phase: [] })).toThrow(/unknown option `phase`/);
  });

  it('refuses duplicate and malformed phase ids, naming the index', () => {
    const phase = { id: 'a', label: 'A', need: 'n' };
    expect(() => parseOptions({ organisation: { name: 'X' }, phases: [phase, phase] })).toThrow(/option `phases\[1\]\.id` duplicate phase id `a`/);
    expect(() => parseOptions({ organisation: { name: 'X' }, phases: [{ ...phase, id: 'Fase 1' }] })).toThrow(/phases\[0\]\.id/);
    expect(() => parseOptions({ organisation: { name: 'X' }, phases: [] })).toThrow(/needs at least one phase/);
  });
});
