import { describe, expect, it } from 'vitest';
import { durationInDutch } from './duration.ts';

describe('durationInDutch', () => {
  it.each([
    ['P12M', '12 maanden'],
    ['P1M', '1 maand'],
    ['P1Y', '1 jaar'],
    ['P1Y6M', '1 jaar en 6 maanden'],
    ['P2Y1M3D', '2 jaar, 1 maand en 3 dagen'],
    ['P2W', '2 weken'],
    ['P30DT12H', '30 dagen'],
  ])('%s → %s', (duration, text) => {
    expect(durationInDutch(duration)).toBe(text);
  });
});
