/**
 * The optional cookieless analytics services, one entry per provider: what the privacy statement
 * says about it, and how a page view or CTA click becomes one request to it. Browser-safe (no
 * zod, no node): the client script imports this registry; the options schema is in ../options.ts.
 *
 * Requests are built here rather than by the service's own tracker script: one small script from
 * the site's own origin, no third-party code, no cookie, and `persona` and `phase` on every event.
 * Both requests are CORS-safelisted (text/plain, form-encoded), so `sendBeacon` sends them as is.
 */
import type { AnalyticsOptions } from '../options.ts';
import type { StringKey } from '../../strings/catalogue.ts';

export type AnalyticsProviderName = Exclude<AnalyticsOptions['provider'], 'none'>;
type OptionsOf<P extends AnalyticsProviderName> = Extract<AnalyticsOptions, { provider: P }>;

/** What happened on a page: a view, or a click on the page's CTA (`target`: where it leads). */
export interface AnalyticsEvent {
  kind: 'pageview' | 'cta';
  /** The page's full URL, with its query (utm_* parameters). */
  url: string;
  referrer: string;
  title: string;
  persona?: string;
  phase?: string;
  target?: string;
}

export interface BeaconRequest {
  url: string;
  contentType: 'text/plain' | 'application/x-www-form-urlencoded';
  body: string;
}

export interface AnalyticsProvider<P extends AnalyticsProviderName> {
  /** The service's name, as the privacy statement names it. */
  name: string;
  /** What the privacy statement says about the service: its text in the strings (src/strings/catalogue.ts). */
  privacy: StringKey;
  request(options: OptionsOf<P>, event: AnalyticsEvent): BeaconRequest;
}

/** Plausible Events API (`POST /api/event`): the same request Plausible's own script sends. */
const plausible: AnalyticsProvider<'plausible'> = {
  name: 'Plausible Analytics',
  privacy: 'privacy.analytics.plausible',
  request(options, event) {
    const props = Object.fromEntries(
      Object.entries({ persona: event.persona, phase: event.phase, target: event.target }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return {
      url: new URL('/api/event', options.url).href,
      contentType: 'text/plain',
      body: JSON.stringify({ name: event.kind === 'pageview' ? 'pageview' : 'CTA', url: event.url, domain: options.domain, referrer: event.referrer || null, props }),
    };
  },
};

/** Matomo HTTP Tracking API (`POST /matomo.php`), without matomo.js and so without its cookies. */
const matomo: AnalyticsProvider<'matomo'> = {
  name: 'Matomo',
  privacy: 'privacy.analytics.matomo',
  request(options, event) {
    const params = new URLSearchParams({ idsite: String(options.siteId), rec: '1', apiv: '1', send_image: '0', url: event.url });
    if (event.referrer) params.set('urlref', event.referrer);
    if (event.persona !== undefined) params.set(`dimension${options.dimensions.persona}`, event.persona);
    if (event.phase !== undefined) params.set(`dimension${options.dimensions.phase}`, event.phase);
    if (event.kind === 'pageview') params.set('action_name', event.title);
    else {
      params.set('e_c', 'CTA');
      params.set('e_a', event.phase ?? 'klik');
      params.set('e_n', event.target ?? '');
    }
    return { url: new URL('/matomo.php', options.url).href, contentType: 'application/x-www-form-urlencoded', body: params.toString() };
  },
};

export const ANALYTICS_PROVIDERS: { [P in AnalyticsProviderName]: AnalyticsProvider<P> } = { plausible, matomo };

/** The request for an event with the configured provider. */
export function analyticsRequest(options: Exclude<AnalyticsOptions, { provider: 'none' }>, event: AnalyticsEvent): BeaconRequest {
  switch (options.provider) {
    case 'plausible':
      return ANALYTICS_PROVIDERS.plausible.request(options, event);
    case 'matomo':
      return ANALYTICS_PROVIDERS.matomo.request(options, event);
  }
}
