import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventIcs, eventJsonLd, eventTimesProblem, foldLines, icsText, zonedTime } from './event.ts';

const event = {
  title: 'Open avond De Regenboog',
  start: '2027-01-20T19:00',
  end: '2027-01-20T20:30',
  location: 'Basisschool De Regenboog',
  address: 'Schoolstraat 1, 1234 AB Voorbeeldstad',
  description: 'Maak kennis met de leerkrachten.',
  timeZone: 'Europe/Amsterdam',
};

describe('event times', () => {
  it('read a local time in the site’s time zone, in winter and in summer time', () => {
    expect(zonedTime('2027-01-20T19:00', 'Europe/Amsterdam')).toEqual({ moment: new Date('2027-01-20T18:00:00Z'), iso: '2027-01-20T19:00:00+01:00' });
    expect(zonedTime('2027-06-20T19:00', 'Europe/Amsterdam')).toEqual({ moment: new Date('2027-06-20T17:00:00Z'), iso: '2027-06-20T19:00:00+02:00' });
    // The morning after the clocks go forward (28 March 2027, 02:00 → 03:00).
    expect(zonedTime('2027-03-28T09:00', 'Europe/Amsterdam').iso).toBe('2027-03-28T09:00:00+02:00');
    expect(zonedTime('2027-01-20T19:00', 'UTC').iso).toBe('2027-01-20T19:00:00+00:00');
  });

  it('explain what is wrong with a start or end', () => {
    expect(eventTimesProblem(event)).toBeUndefined();
    expect(eventTimesProblem({ start: '20-01-2027 19:00', end: event.end })).toBe('`start` must be a date and time like 2027-01-20T19:00, but is `20-01-2027 19:00`');
    expect(eventTimesProblem({ start: '2027-02-30T19:00', end: '2027-03-01T19:00' })).toBe('`start` 2027-02-30T19:00 is not a real date and time');
    expect(eventTimesProblem({ start: event.end, end: event.start })).toBe('`end` 2027-01-20T19:00 must be after `start` 2027-01-20T20:30');
  });
});

describe('eventJsonLd', () => {
  it('describes an offline event at a place, with start and end including the offset', () => {
    expect(eventJsonLd('https://www.voorbeeldstad.nl', '/basisschool/open-dagen/', event, 'nl-NL')).toEqual({
      '@type': 'Event',
      '@id': 'https://www.voorbeeldstad.nl/basisschool/open-dagen/#evenement-2027-01-20-open-avond-de-regenboog',
      name: 'Open avond De Regenboog',
      startDate: '2027-01-20T19:00:00+01:00',
      endDate: '2027-01-20T20:30:00+01:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Basisschool De Regenboog', address: 'Schoolstraat 1, 1234 AB Voorbeeldstad' },
      description: 'Maak kennis met de leerkrachten.',
      organizer: { '@id': 'https://www.voorbeeldstad.nl/#organisatie' },
      url: 'https://www.voorbeeldstad.nl/basisschool/open-dagen/',
      inLanguage: 'nl-NL',
    });
  });
});

describe('eventIcs', () => {
  it('writes an iCalendar event in UTC with place, page and a stable uid', () => {
    const ics = eventIcs('https://www.voorbeeldstad.nl', '/basisschool/open-dagen/', event, 'Gemeente Voorbeeldstad');
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART:20270120T180000Z');
    expect(lines).toContain('DTEND:20270120T193000Z');
    expect(lines).toContain('SUMMARY:Open avond De Regenboog');
    expect(lines).toContain('LOCATION:Basisschool De Regenboog\\, Schoolstraat 1\\, 1234 AB Voorbeeldstad');
    expect(lines).toContain('UID:evenement-2027-01-20-open-avond-de-regenboog@www.voorbeeldstad.nl');
    expect(lines).toContain('URL:https://www.voorbeeldstad.nl/basisschool/open-dagen/');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    // Every content line is `NAME[;params]:value` (an ORGANIZER without an address would not be).
    for (const line of lines.filter(Boolean)) expect(line).toMatch(/^[A-Z-]+(;[^:]+)?:/);
  });

  it('reads back in a calendar parser as written, special characters and line breaks included', () => {
    const tricky = { ...event, title: 'Eén; twee, drie \\ vier', description: 'Regel één\nRegel twee, met é en ë en een zin die langer is dan vijfenzeventig octetten samen.' };
    const now = new Date('2026-12-01T08:30:15.250Z');
    const ics = eventIcs('https://www.voorbeeldstad.nl', '/basisschool/open-dagen/', tricky, 'Gemeente Voorbeeldstad, team Onderwijs', 'open-avond', now);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Gemeente Voorbeeldstad, team Onderwijs//Wegwijzer//NL');
    const vevent = calendar.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe(tricky.title);
    expect(vevent?.getFirstPropertyValue('description')).toBe(tricky.description);
    expect(vevent?.getFirstPropertyValue('location')).toBe('Basisschool De Regenboog, Schoolstraat 1, 1234 AB Voorbeeldstad');
    expect(vevent?.getFirstPropertyValue('uid')).toBe('open-avond@www.voorbeeldstad.nl');
    expect(ics).toContain('\r\nDTSTAMP:20261201T083015Z\r\n');
    expect(String(vevent?.getFirstPropertyValue('dtstart'))).toBe('2027-01-20T18:00:00Z');
    expect(vevent?.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('leaves out a description the event does not have', () => {
    expect(eventIcs('https://www.voorbeeldstad.nl', '/', { ...event, description: undefined }, 'Gemeente Voorbeeldstad')).not.toContain('DESCRIPTION');
  });
});

describe('icsText', () => {
  it('escapes backslash, semicolon and comma, and writes a line break as \\n', () => {
    expect(icsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLines', () => {
  it('folds at 75 octets, never inside a character, with CRLF and a leading space', () => {
    const long = `DESCRIPTION:${'Maak kennis met de leerkrachten van de школа, één voor één. '.repeat(4)}`;
    const folded = foldLines(`BEGIN:VCALENDAR\r\n${long}\r\nEND:VCALENDAR\r\n`);
    const lines = folded.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(lines.slice(2, -2).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VCALENDAR\r\n${long}\r\nEND:VCALENDAR\r\n`);
    expect(folded).not.toContain('\uFFFD');
  });
});
