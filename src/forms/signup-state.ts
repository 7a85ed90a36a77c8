/**
 * Whether an event still takes sign-ups: until its deadline (default: its start), in its own time
 * zone. The form (at build time) and the inbox (on each post) ask the same function.
 */
import type { EventData } from '../journey/schemas.ts';
import { zonedTime } from '../seo/event.ts';

export type SignUpState = 'open' | 'closed' | 'past';

export function signUpState(event: Pick<EventData, 'start' | 'end' | 'deadline' | 'timeZone'>, siteTimeZone: string, now: Date): SignUpState {
  const zone = event.timeZone ?? siteTimeZone;
  if (zonedTime(event.end, zone).moment <= now) return 'past';
  return zonedTime(event.deadline ?? event.start, zone).moment <= now ? 'closed' : 'open';
}

/** The moment sign-up closes, for the form's text. */
export function signUpDeadline(event: Pick<EventData, 'start' | 'deadline' | 'timeZone'>, siteTimeZone: string): Date {
  return zonedTime(event.deadline ?? event.start, event.timeZone ?? siteTimeZone).moment;
}
