/** ISO 8601 durations (`P12M`) in plain Dutch, for retention periods in the privacy statement. */
const UNITS: [RegExp, string, string][] = [
  [/(\d+)Y/, 'jaar', 'jaar'],
  [/(\d+)M/, 'maand', 'maanden'],
  [/(\d+)W/, 'week', 'weken'],
  [/(\d+)D/, 'dag', 'dagen'],
];

/** `P1Y6M` → `1 jaar en 6 maanden`. Only the date part: retention is never counted in hours. */
export function durationInDutch(duration: string): string {
  const datePart = duration.replace(/^P/, '').split('T')[0] ?? '';
  const parts = UNITS.flatMap(([pattern, one, many]) => {
    const count = Number(pattern.exec(datePart)?.[1] ?? 0);
    return count > 0 ? [`${count} ${count === 1 ? one : many}`] : [];
  });
  if (parts.length === 0) return duration;
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}
