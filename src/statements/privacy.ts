/** Facts the privacy statement depends on, read from the content and the options. */
import { describeDuration } from '../forms/retention.ts';
import { ANALYTICS_PROVIDERS } from '../stats/analytics/providers.ts';
import type { StatsOptions } from '../stats/options.ts';
import { dutchTexts, type Translate } from '../strings/strings.ts';

/** Whether any page body uses the Video component, the one way a visitor's IP can reach YouTube. */
export function usesVideo(bodies: Iterable<string | undefined>): boolean {
  for (const body of bodies) if (body !== undefined && /<Video[\s/>]/.test(body)) return true;
  return false;
}

export interface MeasurementStatement {
  /** Whether the site counts page views, steps, downloads and leads per day (`stats.enabled`). */
  counts: boolean;
  /** How long the daily totals are kept, in the site's words: `2 jaar`. */
  kept: string;
  /** The analytics service, when one is configured: its name, where it runs, and what it keeps (the site's words). */
  analytics?: { name: string; host: string; privacy: string };
}

/** What the privacy statement says about measuring: the `stats` option in the words a visitor reads (default the Dutch `u` texts). */
export function measurementStatement(stats: StatsOptions, t: Translate = dutchTexts): MeasurementStatement {
  const { analytics } = stats;
  return {
    counts: stats.enabled,
    kept: describeDuration(stats.retention, t),
    ...(analytics.provider === 'none'
      ? {}
      : { analytics: { name: ANALYTICS_PROVIDERS[analytics.provider].name, host: new URL(analytics.url).host, privacy: t(ANALYTICS_PROVIDERS[analytics.provider].privacy) } }),
  };
}
