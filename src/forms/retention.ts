/**
 * Retention periods are ISO 8601 durations (validated by the content contract). Two readings:
 * in plain Dutch next to the form, and as an expiry moment for the inbox's purge.
 */

import { ISO_DURATION } from '../journey/schemas.ts';
import { dutchTexts, type Translate } from '../strings/strings.ts';

interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function parseDuration(duration: string): DurationParts {
  const match = ISO_DURATION.exec(duration);
  if (match === null) {
    throw new RangeError(`not an ISO 8601 duration: ${duration}`);
  }
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return { years: years ?? 0, months: months ?? 0, weeks: weeks ?? 0, days: days ?? 0, hours: hours ?? 0, minutes: minutes ?? 0, seconds: seconds ?? 0 };
}

/** `start` plus the duration, in UTC calendar terms (P1M after 31 January is 3 March, as in JS dates). */
export function addDuration(start: Date, duration: string, sign: 1 | -1 = 1): Date {
  const parts = parseDuration(duration);
  const end = new Date(start.getTime());
  end.setUTCFullYear(
    end.getUTCFullYear() + sign * parts.years,
    end.getUTCMonth() + sign * parts.months,
    end.getUTCDate() + sign * (parts.weeks * 7 + parts.days),
  );
  end.setUTCHours(end.getUTCHours() + sign * parts.hours, end.getUTCMinutes() + sign * parts.minutes, end.getUTCSeconds() + sign * parts.seconds);
  return end;
}

/** `end` minus the duration: the moment before which something is older than the duration. */
export function subtractDuration(end: Date, duration: string): Date {
  return addDuration(end, duration, -1);
}

const UNITS = [
  ['years', 'duration.year', 'duration.years'],
  ['months', 'duration.month', 'duration.months'],
  ['weeks', 'duration.week', 'duration.weeks'],
  ['days', 'duration.day', 'duration.days'],
  ['hours', 'duration.hour', 'duration.hours'],
  ['minutes', 'duration.minute', 'duration.minutes'],
  ['seconds', 'duration.second', 'duration.seconds'],
] as const satisfies readonly (readonly [keyof DurationParts, string, string])[];

/** `P12M` → `12 maanden`, `P1Y6M` → `1 jaar en 6 maanden`; in the site's language with its texts. */
export function describeDuration(duration: string, t: Translate = dutchTexts): string {
  const parts = parseDuration(duration);
  const phrases = UNITS.filter(([key]) => parts[key] > 0).map(([key, one, many]) => t(parts[key] === 1 ? one : many, { n: parts[key] }));
  if (phrases.length <= 1) return phrases[0] ?? t('duration.days', { n: 0 });
  return t('duration.and', { list: phrases.slice(0, -1).join(', '), last: phrases.at(-1) ?? '' });
}
