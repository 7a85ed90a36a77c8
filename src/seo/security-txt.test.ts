import { describe, expect, it } from 'vitest';
import { expiryDate, securityTxt } from './security-txt.ts';

describe('security.txt', () => {
  it('expires the given number of days after the build day, at midnight UTC', () => {
    expect(expiryDate(new Date('2026-11-28T18:30:00Z'), 180).toISOString()).toBe('2027-05-27T00:00:00.000Z');
    expect(expiryDate(new Date('2026-12-31T23:59:59Z'), 1).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('writes one field per line, Contact first, Expires without milliseconds', () => {
    const text = securityTxt({
      contact: ['mailto:security@example.nl', 'https://example.nl/melden'],
      expires: new Date('2027-05-27T00:00:00Z'),
      canonical: 'https://example.nl/.well-known/security.txt',
      policy: 'https://example.nl/beleid',
      preferredLanguages: ['nl', 'en'],
    });
    expect(text).toBe(
      'Contact: mailto:security@example.nl\nContact: https://example.nl/melden\nExpires: 2027-05-27T00:00:00Z\n' +
        'Preferred-Languages: nl, en\nCanonical: https://example.nl/.well-known/security.txt\nPolicy: https://example.nl/beleid\n',
    );
  });

  it('leaves out Policy when there is none', () => {
    const text = securityTxt({ contact: ['mailto:a@b.nl'], expires: new Date('2027-01-01T00:00:00Z'), canonical: 'https://b.nl/.well-known/security.txt', preferredLanguages: ['nl'] });
    expect(text).not.toContain('Policy');
  });
});
