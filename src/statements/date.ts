/** `2026-11-01` → `1 november 2026` (Dutch) or `1 November 2026` (English). */
export function longDate(isoDate: string, language = 'nl-NL'): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
