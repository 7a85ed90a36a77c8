/**
 * The events (`<Event>`) written in the site's MDX, read from the source as the journey gate reads
 * it: each gets a calendar file (src/routes/event.ics.ts), which the Event component links. The
 * page, its JSON-LD and the file describe the same event from the same props.
 */
import config from 'virtual:wegwijzer/config';
import { eventAnchor, type EventInput } from '../seo/event.ts';
import { GALLERY_PATH, GENERATED_PAGES } from '../journey/urls.ts';
import { readBody } from './mdx-body.ts';
import { getHome, getOptional, getPages } from './site.ts';
import { offeringPages } from '../forms/offers.ts';

export interface SiteEvent {
  /** An event of `content/events/` (with sign-up): its id. */
  eventId?: string;
  /** Its anchor on the page (`evenement-2027-01-20-open-avond`). */
  anchor: string;
  /** The URL of the page it is on. */
  page: string;
  input: EventInput;
}

/** An event with its calendar file's name (without `.ics`): its anchor, numbered when another event took it. */
export type SiteEventFile = SiteEvent & { file: string };

const isEvent = (element: string) => element === 'Event';

/**
 * The events of one MDX body whose props are written out (the gate refuses others). Their
 * description is the text inside the tags, without markup.
 */
export function eventsIn(body: string, page: string, timeZone: string): SiteEvent[] {
  if (!body.includes('<Event')) return [];
  const reading = readBody(body, { values: isEvent, texts: isEvent });
  if (!reading.ok) return [];
  return reading.body.elements.filter((element) => element.name === 'Event').flatMap((element): SiteEvent[] => {
    const text = (name: string) => {
      const value = element.props.findLast((prop) => prop.name === name)?.value;
      return value?.kind === 'text' ? value.value : undefined;
    };
    const [title, start, end, location, address] = ['title', 'start', 'end', 'location', 'address'].map(text);
    if (!title || !start || !end || !location) return [];
    const input: EventInput = { title, start, end, location, timeZone, ...(address ? { address } : {}), ...(element.text ? { description: element.text } : {}) };
    return [{ anchor: eventAnchor(input), page, input }];
  });
}

let built: Promise<SiteEventFile[]> | undefined;

/**
 * Every event of the site with its calendar file. The same event on two pages shares one file;
 * two events with the same title and day get their own. Read once per build; in dev on each call.
 */
export function siteEvents(): Promise<SiteEventFile[]> {
  if (import.meta.env.DEV) return readSiteEvents();
  built ??= readSiteEvents();
  return built;
}

async function readSiteEvents(): Promise<SiteEventFile[]> {
  const [pages, home] = await Promise.all([getPages(), getHome()]);
  const events = [
    ...(await signUpEvents(pages)),
    ...eventsIn(home?.body ?? '', GENERATED_PAGES.home, config.timeZone),
    ...pages.sort((a, b) => a.url.localeCompare(b.url)).flatMap((page) => eventsIn(page.body ?? '', page.url, config.timeZone)),
    ...(import.meta.env.DEV ? await galleryEvents() : []),
  ];
  const files = new Map<string, string>();
  const taken = new Set<string>();
  return events.map((event) => {
    const same = JSON.stringify(event.input);
    let file = files.get(same);
    if (file === undefined) {
      file = event.anchor;
      for (let number = 2; taken.has(file); number++) file = `${event.anchor}-${number}`;
      files.set(same, file);
      taken.add(file);
    }
    return { ...event, file };
  });
}

/**
 * The events of `content/events/`, once for each page that offers their sign-up (`cta.event`,
 * `<SignUp id>`), where the SignUp component shows them like an `<Event>`.
 */
async function signUpEvents(pages: Awaited<ReturnType<typeof getPages>>): Promise<SiteEvent[]> {
  const offers = offeringPages(pages);
  const events = await getOptional('events');
  return [...offers]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([page, offering]) =>
      events
        .filter((event) => offering.events.has(event.id))
        .map((event) => {
          const { title, start, end, location, address, description } = event.data;
          const input: EventInput = { title, start, end, location, timeZone: event.data.timeZone ?? config.timeZone, ...(address ? { address } : {}), description };
          return { eventId: event.id, anchor: eventAnchor(input), page, input };
        }),
    );
}

/** The component gallery's examples (`astro dev` only), so its Event's calendar link works too. */
async function galleryEvents(): Promise<SiteEvent[]> {
  const sources = import.meta.glob<string>('../gallery/examples/*.mdx', { query: '?raw', import: 'default' });
  const bodies = await Promise.all(Object.values(sources).map((load) => load()));
  return bodies.flatMap((source) => eventsIn(source.replace(/^---\n[\s\S]*?\n---\n/, ''), GALLERY_PATH, config.timeZone));
}
