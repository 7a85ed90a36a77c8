/**
 * The analytics script, only on sites with `stats.analytics` set (see Analytics.astro): a page
 * view when the page loads, and a `CTA` event when the visitor follows the page's CTA. Reads its
 * settings from the JSON element the component writes; sends with `sendBeacon`, which survives
 * the navigation a CTA click starts. No cookie, no storage, nothing about the visitor.
 */
import { analyticsRequest, type AnalyticsEvent } from './providers.ts';
import { CONFIG_ELEMENT_ID, type AnalyticsPageConfig } from './page-config.ts';

function send(config: AnalyticsPageConfig, event: Pick<AnalyticsEvent, 'kind' | 'target'>): void {
  const request = analyticsRequest(config.options, {
    ...event,
    url: location.href,
    referrer: document.referrer,
    title: document.title,
    ...(config.journey === undefined ? {} : { persona: config.journey.persona, phase: config.journey.phase }),
  });
  navigator.sendBeacon(request.url, new Blob([request.body], { type: request.contentType }));
}

export function startAnalytics(): void {
  const element = document.getElementById(CONFIG_ELEMENT_ID);
  if (element === null) return;
  const config = JSON.parse(element.textContent ?? '{}') as AnalyticsPageConfig;
  send(config, { kind: 'pageview' });
  const targets = new Set((config.journey?.targets ?? []).map((target) => new URL(target, location.href).href));
  if (targets.size === 0) return;
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || !targets.has(link.href)) return;
    send(config, { kind: 'cta', target: link.getAttribute('href') ?? link.href });
  });
}
