import { describe, expect, it } from 'vitest';
import { classifyRequest, ignoredBecause, indexSite, pathOf, type ObservedRequest } from './classify.ts';
import { CHROME, handoffSite, SITE_URL, testSite } from './fixtures.ts';

const site = indexSite(testSite());
const get = (target: string, headers: Record<string, string> = {}, status = 200): ObservedRequest => ({
  method: 'GET',
  target,
  status,
  headers: { 'user-agent': CHROME, host: '127.0.0.1:4321', ...headers },
});

describe('classifyRequest of a hand-off route', () => {
  const handingOff = indexSite(handoffSite());
  const route = '/_wegwijzer/naar/school/aanmelden/';

  it('counts a hand-off of the page the route names: the built page (200) on a static host, the 303 of Wegwijzer’s server', () => {
    for (const status of [200, 303, 302, 304]) expect(classifyRequest(get(route, {}, status), handingOff)).toEqual([{ kind: 'handoff', page: '/school/aanmelden/' }]);
    // The Referer does not matter: the route itself names the page.
    expect(classifyRequest(get(`${route}?to=https://evil.example/`, { referer: 'https://elders.example/' }, 303), handingOff)).toEqual([{ kind: 'handoff', page: '/school/aanmelden/' }]);
  });

  it('counts nothing for a route of a page that does not hand off, a bot, a prefetch, HEAD, a 404 or a redirect elsewhere', () => {
    expect(classifyRequest(get('/_wegwijzer/naar/school/kiezen/', {}, 200), handingOff)).toEqual([]);
    expect(classifyRequest(get('/_wegwijzer/naar/school/aanmelden/', {}, 404), handingOff)).toEqual([]);
    expect(classifyRequest(get(route, { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }, 303), handingOff)).toEqual([]);
    expect(classifyRequest(get(route, { 'sec-purpose': 'prefetch' }, 303), handingOff)).toEqual([]);
    expect(classifyRequest({ ...get(route, {}, 303), method: 'HEAD' }, handingOff)).toEqual([]);
    expect(classifyRequest(get('/school/kiezen/', {}, 303), handingOff)).toEqual([]);
    // The same route on a site whose page does not hand off counts nothing.
    expect(classifyRequest(get(route, {}, 303), site)).toEqual([]);
  });
});

describe('classifyRequest', () => {
  it('counts a page view, and with a same-site Referer the step from that page', () => {
    expect(classifyRequest(get('/school/kiezen/?utm_source=poster'), site)).toEqual([{ kind: 'view', page: '/school/kiezen/' }]);
    expect(classifyRequest(get('/school/bezoeken/', { referer: `${SITE_URL}/school/kiezen/#top` }), site)).toEqual([
      { kind: 'view', page: '/school/bezoeken/', from: '/school/kiezen/' },
    ]);
    // The server's own host counts as the site too (a test server, or before DNS points at it).
    expect(classifyRequest(get('/school/bezoeken/', { referer: 'http://127.0.0.1:4321/school/kiezen/' }), site)).toEqual([
      { kind: 'view', page: '/school/bezoeken/', from: '/school/kiezen/' },
    ]);
  });

  it('counts no step from another site, from an unknown path, or from the page itself (a reload)', () => {
    const view = [{ kind: 'view', page: '/school/bezoeken/' }];
    expect(classifyRequest(get('/school/bezoeken/', { referer: 'https://www.google.com/school/kiezen/' }), site)).toEqual(view);
    expect(classifyRequest(get('/school/bezoeken/', { referer: `${SITE_URL}/bestaat-niet/` }), site)).toEqual(view);
    expect(classifyRequest(get('/school/bezoeken/', { referer: `${SITE_URL}/school/bezoeken/` }), site)).toEqual(view);
    expect(classifyRequest(get('/school/bezoeken/', { referer: 'not a url' }), site)).toEqual(view);
  });

  it('counts generated pages (home, hubs, statements, thank-you) but not unknown paths, the 404 page or the form endpoint', () => {
    for (const path of ['/', '/voor/ouders/', '/privacy/', '/bedankt/gids/']) expect(classifyRequest(get(path), site)).toEqual([{ kind: 'view', page: path }]);
    for (const path of ['/404/', '/aanvraag/', '/school/', '/_astro/page.css', '/images/logo.svg']) expect(classifyRequest(get(path), site)).toEqual([]);
    // Without the trailing slash the server answers with the same page.
    expect(classifyRequest(get('/school/bezoeken?x=1', { referer: `${SITE_URL}/school/kiezen` }), site)).toEqual([{ kind: 'view', page: '/school/bezoeken/', from: '/school/kiezen/' }]);
  });

  it('counts a download file with the page that linked it, or an empty `from`', () => {
    expect(classifyRequest(get('/brochures/planner.pdf', { referer: `${SITE_URL}/bus/planner/` }), site)).toEqual([{ kind: 'download', download: 'planner', from: '/bus/planner/' }]);
    expect(classifyRequest(get('/brochures/gids.pdf'), site)).toEqual([{ kind: 'download', download: 'gids', from: '' }]);
    expect(classifyRequest(get('/brochures/gids.pdf', { referer: `${SITE_URL}/bedankt/gids/` }), site)).toEqual([{ kind: 'download', download: 'gids', from: '/bedankt/gids/' }]);
  });

  it('counts 200 and 304, the first part of a ranged download, and nothing else', () => {
    expect(classifyRequest(get('/school/kiezen/', {}, 304), site)).toHaveLength(1);
    for (const status of [201, 204, 301, 303, 400, 404, 500]) expect(classifyRequest(get('/school/kiezen/', {}, status), site), String(status)).toEqual([]);
    expect(classifyRequest(get('/brochures/gids.pdf', { range: 'bytes=0-65535' }, 206), site)).toHaveLength(1);
    expect(classifyRequest(get('/brochures/gids.pdf', { range: 'bytes=65536-131071' }, 206), site)).toEqual([]);
    expect(classifyRequest(get('/brochures/gids.pdf', {}, 206), site)).toEqual([]);
  });

  it('ignores bots, requests without a user agent, prefetches, HEAD and POST', () => {
    const cases: [ObservedRequest, string][] = [
      [get('/school/kiezen/', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }), 'bot'],
      [get('/school/kiezen/', { 'user-agent': 'curl/8.5.0' }), 'bot'],
      [{ ...get('/school/kiezen/'), headers: {} }, 'bot'],
      [get('/school/kiezen/', { 'sec-purpose': 'prefetch' }), 'prefetch'],
      [get('/school/kiezen/', { 'sec-purpose': 'prefetch;prerender' }), 'prefetch'],
      [get('/school/kiezen/', { purpose: 'prefetch' }), 'prefetch'],
      [get('/school/kiezen/', { 'x-moz': 'prefetch' }), 'prefetch'],
      [get('/school/kiezen/', { 'x-purpose': 'preview' }), 'prefetch'],
      [{ ...get('/school/kiezen/'), method: 'HEAD' }, 'method'],
      [{ ...get('/brochures/gids.pdf'), method: 'POST' }, 'method'],
      [get('/school/kiezen/', {}, 404), 'status'],
    ];
    for (const [request, reason] of cases) {
      expect(ignoredBecause(request), JSON.stringify(request.headers)).toBe(reason);
      expect(classifyRequest(request, site)).toEqual([]);
    }
    expect(ignoredBecause(get('/school/kiezen/'))).toBeUndefined();
  });

  it('counts a lead for an arrival on a thank-you page from a content page, only when asked (access logs)', () => {
    const arrival = get('/bedankt/gids/', { referer: `${SITE_URL}/school/aanmelden/` });
    expect(classifyRequest(arrival, site)).toEqual([{ kind: 'view', page: '/bedankt/gids/', from: '/school/aanmelden/' }]);
    expect(classifyRequest(arrival, site, { leadsFromThankYou: true })).toEqual([
      { kind: 'view', page: '/bedankt/gids/', from: '/school/aanmelden/' },
      { kind: 'lead', leadKind: 'download', download: 'gids', page: '/school/aanmelden/', persona: 'ouders', phase: 'beslissing' },
    ]);
    expect(classifyRequest(get('/bedankt/gids/'), site, { leadsFromThankYou: true })).toEqual([{ kind: 'view', page: '/bedankt/gids/' }]);
  });

  it('counts the thank-you page of a form’s own page, whose URL names that page also without a Referer', () => {
    const own = '/bedankt/gids/school/aanmelden/';
    expect(classifyRequest(get(own), site)).toEqual([{ kind: 'view', page: own }]);
    expect(classifyRequest(get(own), site, { leadsFromThankYou: true })).toEqual([
      { kind: 'view', page: own },
      { kind: 'lead', leadKind: 'download', download: 'gids', page: '/school/aanmelden/', persona: 'ouders', phase: 'beslissing' },
    ]);
    expect(classifyRequest(get('/brochures/gids.pdf', { referer: `${SITE_URL}${own}` }), site)).toEqual([{ kind: 'download', download: 'gids', from: own }]);
    // Not a page of this site: an unknown download or a page that does not exist.
    for (const path of ['/bedankt/kaart/school/aanmelden/', '/bedankt/gids/school/bestaat-niet/']) expect(classifyRequest(get(path), site)).toEqual([]);
  });

  it('counts a contact request for an arrival on its thank-you page, which names the contact request and the page (access logs)', () => {
    const withContact = indexSite({ ...testSite(), contacts: ['terugbellen'] });
    const thanks = '/bedankt/terugbellen/school/bezoeken/';
    expect(classifyRequest(get(thanks), withContact)).toEqual([{ kind: 'view', page: thanks }]);
    expect(classifyRequest(get(thanks), withContact, { leadsFromThankYou: true })).toEqual([
      { kind: 'view', page: thanks },
      { kind: 'lead', leadKind: 'contact', download: 'terugbellen', page: '/school/bezoeken/', persona: 'ouders', phase: 'overweging' },
    ]);
    // A contact request has no thank-you page of its own, and an unknown id is no page of this site.
    expect(classifyRequest(get('/bedankt/terugbellen/'), withContact, { leadsFromThankYou: true })).toEqual([]);
    expect(classifyRequest(get(thanks), site, { leadsFromThankYou: true })).toEqual([]);
  });
});

describe('pathOf', () => {
  it('decodes the path, drops the query, reads absolute-form targets and refuses the rest', () => {
    expect(pathOf('/caf%C3%A9/?q=1')).toBe('/café/');
    expect(pathOf('http://www.voorbeeldstad.nl/bus/?x')).toBe('/bus/');
    expect(pathOf('*')).toBeUndefined();
    expect(pathOf('/%E0%A4%A/')).toBeUndefined();
  });
});
