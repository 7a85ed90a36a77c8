/**
 * An event on a page (an open day, an information evening): its times in the site's time zone,
 * its schema.org `Event` for search engines, and the same event as an iCalendar file (RFC 5545)
 * for the visitor's calendar. Pure: the Event component and the tests share it.
 */
import { absoluteUrl } from './head.ts';
import { organisationId, type JsonLdNode } from './jsonld.ts';

/** Local date and time as editors write them: `2027-01-20T19:00`. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export interface EventInput {
  title: string;
  /** Local date and time in `timeZone`, `YYYY-MM-DDTHH:MM`. */
  start: string;
  end: string;
  /** Name of the place, e.g. `Basisschool De Regenboog`. */
  location: string;
  /** Optional street address, e.g. `Schoolstraat 1, 1234 AB Voorbeeldstad`. */
  address?: string;
  /** Plain text: what happens there. */
  description?: string;
  timeZone: string;
}

/** What is wrong with an event's times, in words an editor can act on; undefined when they are fine. */
export function eventTimesProblem(input: Pick<EventInput, 'start' | 'end'>): string | undefined {
  for (const [name, value] of [['start', input.start], ['end', input.end]] as const) {
    const match = LOCAL_DATE_TIME.exec(value ?? '');
    if (match === null) return `\`${name}\` must be a date and time like 2027-01-20T19:00, but is \`${value}\``;
    const [, year, month, day, hour, minute] = match.map(Number);
    const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute));
    if (date.getUTCDate() !== day || date.getUTCHours() !== hour || date.getUTCMinutes() !== minute) return `\`${name}\` ${value} is not a real date and time`;
  }
  return input.end > input.start ? undefined : `\`end\` ${input.end} must be after \`start\` ${input.start}`;
}

/** The offset of a time zone at a moment, as `+01:00`. */
function offsetAt(moment: number, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(moment).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * ((hours ?? 0) * 60 + (minutes ?? 0));
}

/** A local time in a time zone: the moment it is, and the ISO 8601 text with its offset. */
export function zonedTime(local: string, timeZone: string): { moment: Date; iso: string } {
  const match = LOCAL_DATE_TIME.exec(local);
  if (match === null) throw new RangeError(`not a local date and time: ${local}`);
  const [, year, month, day, hour, minute] = match.map(Number);
  const asUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute);
  // The offset at the wall-clock time read as UTC is right except within hours of a DST change; a second look settles it.
  let offset = offsetAt(asUtc, timeZone);
  offset = offsetAt(asUtc - offsetMinutes(offset) * 60_000, timeZone);
  return { moment: new Date(asUtc - offsetMinutes(offset) * 60_000), iso: `${local}:00${offset}` };
}

/** A stable id for the event on its page: `#evenement-2027-01-20-open-avond`. */
export function eventAnchor(input: Pick<EventInput, 'title' | 'start'>): string {
  const slug = input.title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `evenement-${input.start.slice(0, 10)}-${slug}`.slice(0, 80);
}

/** schema.org `Event`: an event at a place, organised by the site's organisation. */
export function eventJsonLd(site: URL | string, page: string, input: EventInput, language: string): JsonLdNode {
  const url = absoluteUrl(site, page);
  return {
    '@type': 'Event',
    '@id': `${url}#${eventAnchor(input)}`,
    name: input.title,
    startDate: zonedTime(input.start, input.timeZone).iso,
    endDate: zonedTime(input.end, input.timeZone).iso,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'Place', name: input.location, ...(input.address === undefined ? {} : { address: input.address }) },
    ...(input.description ? { description: input.description } : {}),
    organizer: { '@id': organisationId(site) },
    url,
    inLanguage: language,
  };
}

/**
 * The event as an iCalendar file (RFC 5545), times in UTC so every calendar reads them the same.
 * `id` (default: its anchor) makes its UID, which a calendar uses to recognise the event again;
 * `now` is when the file is written (DTSTAMP).
 */
export function eventIcs(site: URL | string, page: string, input: EventInput, organisation: string, id = eventAnchor(input), now = new Date()): string {
  const url = absoluteUrl(site, page);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${icsText(`-//${organisation}//Wegwijzer//NL`)}`,
    'METHOD:PUBLISH',
    'X-PUBLISHED-TTL:PT1H',
    'BEGIN:VEVENT',
    `UID:${icsText(`${id}@${new URL(url).hostname}`)}`,
    `SUMMARY:${icsText(input.title)}`,
    `DTSTAMP:${icsUtc(now)}`,
    `DTSTART:${icsUtc(zonedTime(input.start, input.timeZone).moment)}`,
    `DTEND:${icsUtc(zonedTime(input.end, input.timeZone).moment)}`,
    ...(input.description ? [`DESCRIPTION:${icsText(input.description)}`] : []),
    `URL:${url}`,
    `LOCATION:${icsText(input.address === undefined ? input.location : `${input.location}, ${input.address}`)}`,
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return foldLines(`${lines.join('\r\n')}\r\n`);
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, a line break as `\n`. */
export function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n/g, '\\n');
}

/** A moment in UTC as a DATE-TIME (RFC 5545 3.3.5): `20270120T180000Z`. */
function icsUtc(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

const ENCODER = new TextEncoder();

/**
 * Lines folded at 75 octets, as RFC 5545 (3.1) asks: 75 characters would be more octets for text
 * with é or ë. A fold never splits a character; a continuation line starts with a space.
 */
export function foldLines(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return unfolded
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const character of line) {
        const size = ENCODER.encode(character).length;
        // The first line holds 75 octets; a continuation line 74 after its leading space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += character;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
