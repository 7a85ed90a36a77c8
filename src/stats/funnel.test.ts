import { describe, expect, it } from 'vitest';
import type { Totals } from './aggregate.ts';
import { handoffSite, testSite } from './fixtures.ts';
import { buildFunnel } from './funnel.ts';

const none: Totals = { views: [], steps: [], downloads: [], leads: [] };

/** 10 parent views, 5 steps on by the CTA; 2 of 6 reach the form page; 1 of 4 goes on from there (25%: the largest drop-off). */
const totals: Totals = {
  views: [
    { page: '/school/kiezen/', views: 10 },
    { page: '/school/bezoeken/', views: 6 },
    { page: '/school/aanmelden/', views: 4 },
    { page: '/school/daarna/', views: 1 },
    { page: '/bus/', views: 5 },
    { page: '/', views: 20 },
  ],
  steps: [
    { from: '/school/kiezen/', to: '/school/bezoeken/', steps: 5 },
    { from: '/', to: '/school/bezoeken/', steps: 1 },
    { from: '/school/bezoeken/', to: '/school/aanmelden/', steps: 2 },
    { from: '/school/bezoeken/', to: '/school/kiezen/', steps: 1 },
    { from: '/school/aanmelden/', to: '/school/daarna/', steps: 1 },
    { from: '/school/aanmelden/', to: '/bedankt/gids/', steps: 2 },
    { from: '/bus/', to: '/bus/proef/', steps: 5 },
  ],
  downloads: [
    { download: 'gids', from: '/bedankt/gids/', downloads: 2 },
    { download: 'planner', from: '/bus/planner/', downloads: 3 },
    { download: 'planner', from: '', downloads: 1 },
  ],
  leads: [
    { kind: 'download', download: 'gids', page: '/school/aanmelden/', persona: 'ouders', phase: 'beslissing', leads: 2 },
    { kind: 'event', download: 'informatieavond', page: '/school/bezoeken/', persona: 'ouders', phase: 'overweging', leads: 3 },
    { kind: 'contact', download: 'terugbellen', page: '/school/aanmelden/', persona: 'ouders', phase: 'beslissing', leads: 1 },
  ],
};

describe('buildFunnel', () => {
  const funnel = buildFunnel(testSite(), totals, { from: '2027-03-01', to: '2027-03-31' });
  const ouders = funnel.personas.find((persona) => persona.persona === 'ouders');
  const reizigers = funnel.personas.find((persona) => persona.persona === 'reizigers');

  it('gives each phase of a journey its views, steps to the next phase (and via the CTA), downloads and leads per kind', () => {
    expect(ouders?.phases).toEqual([
      { phase: 'orientatie', label: 'Oriëntatie', pages: ['/school/kiezen/'], handsOff: false, views: 10, next: { phase: 'overweging', label: 'Overweging', steps: 5, viaCta: 5, handoffs: 0, share: 0.5 }, downloads: 0, leads: 0, leadsByKind: { download: 0, event: 0, contact: 0 }, largestDropOff: false },
      { phase: 'overweging', label: 'Overweging', pages: ['/school/bezoeken/'], handsOff: false, views: 6, next: { phase: 'beslissing', label: 'Beslissing', steps: 2, viaCta: 2, handoffs: 0, share: 0.3333 }, downloads: 0, leads: 3, leadsByKind: { download: 0, event: 3, contact: 0 }, largestDropOff: false },
      { phase: 'beslissing', label: 'Beslissing', pages: ['/school/aanmelden/'], handsOff: false, views: 4, next: { phase: 'gedrag', label: 'Gedrag', steps: 1, viaCta: 0, handoffs: 0, share: 0.25 }, downloads: 2, leads: 3, leadsByKind: { download: 2, event: 0, contact: 1 }, largestDropOff: true },
      { phase: 'gedrag', label: 'Gedrag', pages: ['/school/daarna/'], handsOff: false, views: 1, downloads: 0, leads: 0, leadsByKind: { download: 0, event: 0, contact: 0 }, largestDropOff: false },
    ]);
  });

  it('follows each persona\'s own phases, and counts downloads linked from its page plus those without a content page', () => {
    expect(reizigers?.phases.map((phase) => phase.phase)).toEqual(['orientatie', 'overweging', 'beslissing']);
    expect(reizigers?.phases.map((phase) => [phase.views, phase.next?.steps, phase.downloads])).toEqual([
      [5, 5, 0],
      [0, 0, 0],
      [0, undefined, 4],
    ]);
    // A phase without views has no share and cannot be the largest drop-off; 100% is no drop-off.
    expect(reizigers?.phases[1]?.next?.share).toBeNull();
    expect(reizigers?.phases.some((phase) => phase.largestDropOff)).toBe(false);
  });

  it('sums every count of the period, and keeps the range', () => {
    expect(funnel.totals).toEqual({ views: 46, steps: 17, downloads: 6, leads: 6, leadsByKind: { download: 2, event: 3, contact: 1 } });
    expect(funnel.range).toEqual({ from: '2027-03-01', to: '2027-03-31' });
  });

  it('shows every journey with zeros when nothing was counted', () => {
    const empty = buildFunnel(testSite(), none);
    expect(empty.range).toEqual({ from: null, to: null });
    expect(empty.personas.flatMap((persona) => persona.phases.map((phase) => phase.views + phase.downloads + phase.leads + (phase.next?.steps ?? 0)))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(empty.personas.flatMap((persona) => persona.phases).some((phase) => phase.largestDropOff)).toBe(false);
  });
});

describe('buildFunnel with a hand-off', () => {
  it('counts the clicks on a CTA that hands off as steps on, via the CTA, and as hand-offs', () => {
    const funnel = buildFunnel(handoffSite(), {
      ...none,
      views: [{ page: '/school/aanmelden/', views: 4 }, { page: '/school/daarna/', views: 1 }],
      steps: [
        { from: '/school/aanmelden/', to: '/_wegwijzer/naar/school/aanmelden/', steps: 3 },
        // Back from the portal: the next phase's page, seen from the site itself (a link, a bookmark).
        { from: '/school/aanmelden/', to: '/school/daarna/', steps: 1 },
      ],
    });
    const decision = funnel.personas.find((persona) => persona.persona === 'ouders')?.phases.find((phase) => phase.phase === 'beslissing');
    expect(decision).toMatchObject({ handsOff: true, views: 4, next: { phase: 'gedrag', steps: 4, viaCta: 3, handoffs: 3, share: 1 }, largestDropOff: false });
  });
});
