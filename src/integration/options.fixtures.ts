/** The smallest valid `wegwijzer()` options, for tests: a name, and what the statements and security.txt need. */
export const minimalOptions = {
  organisation: { name: 'Gemeente Voorbeeldstad' },
  privacy: { email: 'privacy@test.nl', updated: '2026-01-31' },
  accessibility: { status: 'voldoet', date: '2026-02-01', email: 'a11y@test.nl' },
  security: { contact: ['mailto:security@test.nl'] },
} as const;
