import { describe, expect, it } from 'vitest';
import { neededOnDemandRoutes } from './inbox-server.ts';

describe('neededOnDemandRoutes', () => {
  it("keeps the site's and Wegwijzer's on-demand routes, not Astro's image endpoint or server islands, nor prerendered ones", () => {
    const route = (pattern: RegExp, origin: 'internal' | 'external' | 'project', isPrerendered = false) => ({ patternRegex: pattern, origin, isPrerendered });
    const routes = [
      route(/^\/_image\/?$/, 'internal'),
      route(/^\/_server-islands\/([^/]+?)\/?$/, 'internal'),
      route(/^\/aanvraag\/?$/, 'external'),
      route(/^\/api\/zoek\/?$/i, 'project'),
      route(/^\/privacy\/?$/, 'external', true),
    ];
    expect(neededOnDemandRoutes(routes)).toEqual([
      { source: '^\\/aanvraag\\/?$', flags: '' },
      { source: '^\\/api\\/zoek\\/?$', flags: 'i' },
    ]);
  });
});

