import { describe, expect, it } from 'vitest';
import { checkExpires } from './security-txt.ts';

const now = new Date('2026-11-28T12:00:00Z');
const messages = (text: string) => checkExpires(text, now).map((finding) => finding.message);

describe('security.txt Expires', () => {
  it('accepts one Expires in the future', () => {
    expect(messages('Contact: mailto:a@b.nl\nExpires: 2027-05-27T00:00:00Z\n')).toEqual([]);
  });

  it('refuses an Expires in the past, a missing or doubled one, and one that is no date', () => {
    expect(messages('Expires: 2026-11-28T00:00:00Z\n')).toEqual(['expired on 2026-11-28T00:00:00Z']);
    expect(messages('Contact: mailto:a@b.nl\n')).toEqual(['has no Expires field']);
    expect(messages('Expires: 2027-01-01T00:00:00Z\nExpires: 2028-01-01T00:00:00Z\n')).toEqual(['has more than one Expires field']);
    expect(messages('Expires: morgen\n')).toEqual(['Expires `morgen` is not a date']);
    expect(checkExpires('', now)[0]?.page).toBe('/.well-known/security.txt');
  });
});
