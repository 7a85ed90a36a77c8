/**
 * The `stats` option of `wegwijzer()`: counting journeys without cookies, where the daily
 * aggregates are kept and for how long, and the optional cookieless analytics service. The schema
 * is the source of their types, defaults and documentation.
 */
import { z } from 'zod';
import { httpsUrl, ISO_DURATION } from '../journey/schemas.ts';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Where an analytics service runs: its own origin, no path, so the events go to one known place. */
const serviceOrigin = httpsUrl.refine((value) => URL.canParse(value) && new URL(value).pathname === '/' && !value.includes('?'), {
  message: 'must be the origin of the service only, like `https://plausible.voorbeeldstad.nl` (no path)',
});

export const noAnalyticsSchema = z.strictObject({
  provider: z.literal('none').describe('`none`: no analytics service and no script at all (default).'),
});

export const plausibleSchema = z.strictObject({
  provider: z.literal('plausible').describe('`plausible`: page views and CTA clicks go to Plausible Analytics (no cookies).'),
  url: serviceOrigin.default('https://plausible.io').describe('Origin of the Plausible instance, default `https://plausible.io`; a self-hosted one like `https://plausible.voorbeeldstad.nl`.'),
  domain: z
    .string()
    .regex(/^[a-z0-9.-]+$/, 'must be the site domain as registered in Plausible, like `www.voorbeeldstad.nl`')
    .describe('The site as registered in Plausible, like `www.voorbeeldstad.nl`.'),
});

const dimensionId = z.int().min(1).max(999);

export const matomoSchema = z.strictObject({
  provider: z.literal('matomo').describe('`matomo`: page views and CTA clicks go to Matomo, cookieless (HTTP Tracking API, no matomo.js).'),
  url: serviceOrigin.describe('Origin of the Matomo instance, like `https://matomo.voorbeeldstad.nl`; events go to its `/matomo.php`.'),
  siteId: z.int().min(1).describe('The Matomo site id (idsite), like `3`.'),
  dimensions: z
    .strictObject({
      persona: dimensionId.describe('Id of the Matomo custom dimension (action scope) that receives the persona.'),
      phase: dimensionId.describe('Id of the Matomo custom dimension (action scope) that receives the phase.'),
    })
    .describe('Matomo custom dimension ids for persona and phase: `{ persona: 1, phase: 2 }`.'),
});

/** One variant per provider; adding one means one schema here and one sender in analytics/providers.ts. */
export const analyticsSchema = z
  .discriminatedUnion('provider', [noAnalyticsSchema, plausibleSchema, matomoSchema], { error: 'must be one of `none`, `plausible`, `matomo`' })
  .prefault({ provider: 'none' })
  .describe('Optional cookieless analytics service the organisation already runs: `{ provider: "none" | "plausible" | "matomo", … }`; default `none` (no script).');

export const statsSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .describe('`true` (default): the server of the default inbox counts page views, steps, downloads and leads per day. `false`: it counts nothing.'),
    path: z.string().trim().min(1).default('data/stats.db').describe('SQLite file of the daily aggregates, relative to the folder the server starts in; default `data/stats.db`.'),
    retention: z
      .string()
      .regex(ISO_DURATION, 'must be an ISO 8601 duration such as P2Y (2 years), P13M or P90D')
      .default('P2Y')
      .describe('How long daily aggregates are kept, an ISO 8601 duration; default `P2Y` (2 years). Older days are deleted.'),
    timeZone: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone like `Europe/Amsterdam`')
      .default('Europe/Amsterdam')
      .describe('Time zone in which a day starts and ends, default `Europe/Amsterdam`.'),
    analytics: analyticsSchema,
  })
  .prefault({})
  .describe('Counting journeys without cookies: `{ enabled, path, retention, timeZone, analytics }`.');

export type StatsOptions = z.output<typeof statsSchema>;
export type AnalyticsOptions = z.output<typeof analyticsSchema>;
