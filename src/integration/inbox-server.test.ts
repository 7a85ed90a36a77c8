import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { neededOnDemandRoutes, requiredNode } from './inbox-server.ts';

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

describe('requiredNode', () => {
  it("is the lowest version package.json's engines.node allows", () => {
    const { engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
    expect(engines.node).toBe('>=22.18');
    expect(requiredNode()).toBe('22.18.0');
  });
});
