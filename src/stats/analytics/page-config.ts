/** What a page hands the analytics script: the provider's options and the page's place in the journey. */
import type { AnalyticsOptions } from '../options.ts';

export interface AnalyticsPageConfig {
  options: Exclude<AnalyticsOptions, { provider: 'none' }>;
  /** On content pages: the first persona, the phase, and where the CTA leads (links that count as a CTA click). */
  journey?: { persona: string; phase: string; targets: string[] };
}

/** Id of the JSON element the component writes and the script reads. */
export const CONFIG_ELEMENT_ID = 'wegwijzer-analytics';
