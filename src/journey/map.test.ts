import { describe, expect, it } from 'vitest';
import { checkJourneys } from './check.ts';
import { download, page, persona, validSite } from './fixtures.ts';
import { layoutJourney, wrap } from './map-layout.ts';
import { buildJourneyMap, type PersonaJourneyMap } from './map.ts';
import { buildMatrix } from './matrix.ts';
import type { ContentSnapshot } from './model.ts';

const lane = (map: ReturnType<typeof buildJourneyMap>, id: string): PersonaJourneyMap => {
  const found = map.personas.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no persona ${id}`);
  return found;
};

const stage = (journey: PersonaJourneyMap, phase: string) => journey.stages.find((candidate) => candidate.phase.id === phase);

describe('buildJourneyMap', () => {
  it('draws a complete journey: every phase covered, CTAs to the next page and to a download', () => {
    const map = buildJourneyMap(validSite());
    const ouders = lane(map, 'ouders');
    expect(ouders.stages.map((candidate) => [candidate.phase.id, candidate.status, candidate.step])).toEqual([
      ['orientatie', 'covered', 1],
      ['overweging', 'covered', 2],
      ['beslissing', 'covered', 3],
      ['gedrag', 'covered', 4],
    ]);
    expect(stage(ouders, 'orientatie')?.pages[0]?.cta.target).toEqual({ kind: 'page', url: '/school/bezoeken/', title: 'school/bezoeken', phase: 'overweging', direction: 'later', ownJourney: true });
    expect(stage(ouders, 'beslissing')?.pages[0]?.cta.target).toEqual({ kind: 'download', id: 'gids', title: 'gids', gated: true });
    expect(stage(ouders, 'gedrag')?.pages[0]?.cta.target).toEqual({ kind: 'route', url: '/' });
    expect(ouders.arrows).toEqual([
      { from: '/school/kiezen/', to: '/school/bezoeken/', direction: 'later' },
      { from: '/school/bezoeken/', to: '/school/aanmelden/', direction: 'later' },
    ]);
    expect(ouders.stages.flatMap((candidate) => candidate.pages).every((mapped) => mapped.leadsOn)).toBe(true);
  });

  it('shows a hand-off to another site with its host and route, as a step on', () => {
    const site = validSite();
    const content = { ...site, pages: site.pages.map((entry) => (entry.url === '/school/aanmelden/' ? page('school/aanmelden', 'ouders', 'beslissing', { label: 'Meld aan', href: 'https://loket.example.org/aanmelden', handoff: true }) : entry)) };
    const decision = stage(lane(buildJourneyMap(content), 'ouders'), 'beslissing')?.pages[0];
    expect(decision?.cta.target).toEqual({ kind: 'handoff', href: 'https://loket.example.org/aanmelden', host: 'loket.example.org', route: '/_wegwijzer/naar/school/aanmelden/' });
    expect(decision?.leadsOn).toBe(true);
  });

  it('marks a gap, and a skipped phase without a step number', () => {
    const site = validSite();
    const content: ContentSnapshot = {
      ...site,
      personas: [...site.personas, persona('reizigers', { phases: ['orientatie', 'beslissing', 'gedrag'] })],
      pages: [
        ...site.pages.filter((candidate) => candidate.data.phase !== 'overweging'),
        page('bus/start', 'reizigers', 'orientatie', { label: 'Plan', href: '/bus/plan/' }),
        page('bus/plan', 'reizigers', 'beslissing', { label: 'Planner', download: 'planner' }),
      ],
      downloads: [...site.downloads, { ...download('planner'), data: { ...download('planner').data, gate: 'none' } }],
      publicFiles: new Set([...site.publicFiles, '/brochures/planner.pdf']),
    };
    const problems = checkJourneys(content);
    const map = buildJourneyMap(content, problems);
    const ouders = lane(map, 'ouders');
    expect(stage(ouders, 'overweging')).toMatchObject({ status: 'gap', step: 2, pages: [] });
    expect(ouders.problems).toBe(1);
    const reizigers = lane(map, 'reizigers');
    expect(reizigers.stages.map((candidate) => [candidate.status, candidate.step])).toEqual([
      ['covered', 1],
      ['skipped', undefined],
      ['covered', 2],
      ['gap', 3],
    ]);
    expect(stage(reizigers, 'beslissing')?.pages[0]?.cta.target).toEqual({ kind: 'download', id: 'planner', title: 'planner', gated: false });
    // The map carries the matrix `npm run check` prints: one journey function for both.
    expect(map.matrix).toEqual(buildMatrix(content));
  });

  it('tells where a CTA leads: the same phase, back, outside the site, nowhere', () => {
    const site = validSite();
    const content: ContentSnapshot = {
      ...site,
      pages: [
        page('school/kiezen', 'ouders', 'orientatie', { label: 'Meer', href: '/school/lijst/' }),
        page('school/lijst', 'ouders', 'orientatie', { label: 'Elders', href: 'https://scholenopdekaart.nl/' }),
        page('school/bezoeken', 'ouders', 'overweging', { label: 'Terug', href: '/school/kiezen/' }),
        page('school/aanmelden', 'ouders', 'beslissing', { label: 'Kapot', href: '/school/bestaat-niet/' }),
        page('school/daarna', 'ouders', 'gedrag', { label: 'Home', href: '/' }),
      ],
    };
    const problems = checkJourneys(content);
    const ouders = lane(buildJourneyMap(content, problems), 'ouders');
    const byUrl = new Map(ouders.stages.flatMap((candidate) => candidate.pages).map((mapped) => [mapped.url, mapped]));
    expect(byUrl.get('/school/kiezen/')?.cta.target).toMatchObject({ kind: 'page', direction: 'same' });
    expect(byUrl.get('/school/kiezen/')?.leadsOn).toBe(true);
    expect(byUrl.get('/school/lijst/')?.cta.target).toEqual({ kind: 'external', href: 'https://scholenopdekaart.nl/' });
    expect(byUrl.get('/school/lijst/')?.leadsOn).toBe(false);
    expect(byUrl.get('/school/bezoeken/')?.cta.target).toMatchObject({ kind: 'page', direction: 'earlier' });
    expect(byUrl.get('/school/aanmelden/')?.cta.target).toEqual({ kind: 'missing', ref: '/school/bestaat-niet/' });
    // Each page with a problem in the gate counts it, so the map can point at the files to fix.
    for (const url of ['/school/lijst/', '/school/bezoeken/', '/school/aanmelden/']) expect(byUrl.get(url)?.problems, url).toBeGreaterThan(0);
    expect(byUrl.get('/school/daarna/')?.problems).toBe(0);
    expect(ouders.arrows.map((arrow) => arrow.direction)).toEqual(['same', 'earlier']);
  });

  it('is plain data: it survives JSON unchanged', () => {
    const map = buildJourneyMap(validSite());
    expect(JSON.parse(JSON.stringify(map))).toEqual(map);
  });
});

describe('layoutJourney', () => {
  it('puts each phase in its own column, pages below each other, and curves forward between them', () => {
    const layout = layoutJourney(lane(buildJourneyMap(validSite()), 'ouders'));
    const xs = layout.columns.map((column) => column.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(4);
    expect(layout.arrows).toHaveLength(2);
    for (const { d } of layout.arrows) expect(d).toMatch(/^M [\d.]+ [\d.]+ C /);
    const right = Math.max(...layout.columns.map((column) => column.x + column.width));
    expect(layout.width).toBeGreaterThanOrEqual(right);
  });

  it('gives a gap its dashed box in the first row', () => {
    const site = validSite();
    const content = { ...site, pages: site.pages.filter((candidate) => candidate.data.phase !== 'gedrag') };
    const layout = layoutJourney(lane(buildJourneyMap(content), 'ouders'));
    expect(layout.columns[3]?.gap).toMatchObject({ y: layout.columns[0]?.pages[0]?.y });
  });
});

describe('wrap', () => {
  it('breaks at spaces, and cuts with an ellipsis what does not fit', () => {
    expect(wrap('Open dagen van de basisscholen', 12, 2)).toEqual(['Open dagen', 'van de basi…']);
    expect(wrap('Kort', 12, 2)).toEqual(['Kort']);
    expect(wrap('Basisschoolaanmeldformulier', 12, 2)).toEqual(['Basisschool…']);
  });
});
