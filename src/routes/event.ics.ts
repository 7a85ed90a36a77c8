/**
 * `/agenda/<event>.ics`: the calendar file (RFC 5545) of each `<Event>` in the site's MDX, written
 * by the build as a file of its own, so the Event component links it with `download` (src/content/events.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import config from 'virtual:wegwijzer/config';
import { siteEvents, type SiteEventFile } from '../content/events.ts';
import { eventIcs } from '../seo/event.ts';

// Built at build time even when the site also serves on-demand routes (an adapter).
export const prerender = true;

// One file per event; the same event on two pages is one file, described from the first page.
export const getStaticPaths = (async () => {
  const files = new Map<string, SiteEventFile>();
  for (const event of await siteEvents()) if (!files.has(event.file)) files.set(event.file, event);
  return [...files.values()].map((event) => ({ params: { event: event.file }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: SiteEventFile }> = ({ props: { event }, site }) => {
  const ics = eventIcs(site ?? new URL(config.organisation.url), event.page, event.input, config.organisation.name, event.file);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
