/** security.txt (RFC 9116), regenerated at every build so `Expires` moves along. */

export interface SecurityTxtInput {
  contact: readonly string[];
  expires: Date;
  canonical: string;
  policy?: string;
  preferredLanguages: readonly string[];
}

/** The expiry date `days` after `now`, at midnight UTC so a rebuild on the same day is identical. */
export function expiryDate(now: Date, days: number): Date {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

export function securityTxt(input: SecurityTxtInput): string {
  const lines = [
    ...input.contact.map((contact) => `Contact: ${contact}`),
    `Expires: ${input.expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    `Preferred-Languages: ${input.preferredLanguages.join(', ')}`,
    `Canonical: ${input.canonical}`,
    ...(input.policy === undefined ? [] : [`Policy: ${input.policy}`]),
  ];
  return `${lines.join('\n')}\n`;
}
