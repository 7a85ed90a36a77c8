import { describe, expect, it } from 'vitest';
import { ACCESSIBILITY_STATUS } from './accessibility.ts';

describe('ACCESSIBILITY_STATUS', () => {
  it('labels each status with the letter and the words of the national register', () => {
    expect(Object.values(ACCESSIBILITY_STATUS).map((status) => status.label)).toEqual([
      'A — voldoet volledig',
      'B — voldoet gedeeltelijk',
      'C — eerste maatregelen genomen',
      'D — geen maatregelen genomen',
    ]);
  });
});
