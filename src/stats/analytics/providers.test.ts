import { describe, expect, it } from 'vitest';
import { analyticsSchema } from '../options.ts';
import { analyticsRequest, type AnalyticsEvent } from './providers.ts';

const view: AnalyticsEvent = { kind: 'pageview', url: 'https://www.voorbeeldstad.nl/bus/?utm_source=poster', referrer: 'https://www.google.com/', title: 'Weer met de bus', persona: 'reizigers', phase: 'orientatie' };
const click: AnalyticsEvent = { ...view, kind: 'cta', referrer: '', target: '/bus/proefreis/' };

function configured(options: unknown) {
  const parsed = analyticsSchema.parse(options);
  if (parsed.provider === 'none') throw new Error('expected a provider');
  return parsed;
}

describe('analyticsRequest', () => {
  it('sends Plausible a pageview and a CTA event with persona and phase as props, as text/plain to /api/event', () => {
    const plausible = configured({ provider: 'plausible', url: 'https://plausible.voorbeeldstad.nl', domain: 'www.voorbeeldstad.nl' });
    const pageview = analyticsRequest(plausible, view);
    expect(pageview).toMatchObject({ url: 'https://plausible.voorbeeldstad.nl/api/event', contentType: 'text/plain' });
    expect(JSON.parse(pageview.body)).toEqual({ name: 'pageview', url: view.url, domain: 'www.voorbeeldstad.nl', referrer: 'https://www.google.com/', props: { persona: 'reizigers', phase: 'orientatie' } });
    expect(JSON.parse(analyticsRequest(plausible, click).body)).toEqual({
      name: 'CTA',
      url: view.url,
      domain: 'www.voorbeeldstad.nl',
      referrer: null,
      props: { persona: 'reizigers', phase: 'orientatie', target: '/bus/proefreis/' },
    });
  });

  it('sends Matomo a tracking request with the custom dimensions, and the CTA as an event, form-encoded to /matomo.php', () => {
    const matomo = configured({ provider: 'matomo', url: 'https://matomo.voorbeeldstad.nl', siteId: 3, dimensions: { persona: 4, phase: 5 } });
    const pageview = analyticsRequest(matomo, view);
    expect(pageview).toMatchObject({ url: 'https://matomo.voorbeeldstad.nl/matomo.php', contentType: 'application/x-www-form-urlencoded' });
    expect(Object.fromEntries(new URLSearchParams(pageview.body))).toEqual({
      idsite: '3', rec: '1', apiv: '1', send_image: '0', url: view.url, urlref: 'https://www.google.com/', dimension4: 'reizigers', dimension5: 'orientatie', action_name: 'Weer met de bus',
    });
    expect(Object.fromEntries(new URLSearchParams(analyticsRequest(matomo, click).body))).toMatchObject({ e_c: 'CTA', e_a: 'orientatie', e_n: '/bus/proefreis/', dimension4: 'reizigers' });
  });
});
