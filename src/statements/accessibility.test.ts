import { describe, expect, it } from 'vitest';
import { dutchTexts } from '../strings/strings.ts';
import { ACCESSIBILITY_STATUSES, statusKeys } from './accessibility.ts';

describe('accessibility statuses', () => {
  it('labels each status with the letter and the words of the national register', () => {
    expect(ACCESSIBILITY_STATUSES.map((status) => dutchTexts(statusKeys(status).label))).toEqual([
      'A — voldoet volledig',
      'B — voldoet gedeeltelijk',
      'C — eerste maatregelen genomen',
      'D — geen maatregelen genomen',
    ]);
  });
});
