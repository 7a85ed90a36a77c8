import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASES } from './phases.ts';
import { journeyStages, nextAfterDownload, nextAfterPage, stepIndex, stepPositions, type JourneyPage } from './steps.ts';

const page = (url: string, persona: string | string[], phase: string, href?: string): JourneyPage => ({
  url,
  data: { title: `Titel ${url}`, persona, phase, cta: { href } },
});

const personas = [
  { id: 'ouders', data: { name: 'Ouders' } },
  { id: 'kort', data: { name: 'Kort', phases: ['orientatie', 'gedrag'] } },
];
const pages = [
  page('/a/', 'ouders', 'orientatie', '/c/'),
  page('/b/', 'ouders', 'orientatie', '/d/'),
  page('/c/', ['ouders', 'kort'], 'overweging', '/e/'),
  page('/e/', 'ouders', 'beslissing', '/f/'),
  page('/f/', ['ouders', 'kort'], 'gedrag', '/'),
  page('/g/', 'kort', 'orientatie', '/f/'),
];

describe('journeyStages', () => {
  it('lists the phases of a journey in order, each with its pages by URL', () => {
    const stages = journeyStages(personas[0]!, pages, DEFAULT_PHASES);
    expect(stages.map((stage) => [stage.phase.id, stage.pages.map((p) => p.url)])).toEqual([
      ['orientatie', ['/a/', '/b/']],
      ['overweging', ['/c/']],
      ['beslissing', ['/e/']],
      ['gedrag', ['/f/']],
    ]);
  });

  it('follows the phases a persona lists', () => {
    expect(journeyStages(personas[1]!, pages, DEFAULT_PHASES).map((stage) => stage.phase.id)).toEqual(['orientatie', 'gedrag']);
  });
});

describe('stepPositions', () => {
  it('gives step, total, current phase and the previous page that leads here', () => {
    const [position] = stepPositions(pages[2]!, personas.slice(0, 1), pages, DEFAULT_PHASES);
    expect(position).toMatchObject({ personaId: 'ouders', step: 2, total: 4, phase: { id: 'overweging' }, previous: { url: '/a/' } });
    expect(position?.stages.map((stage) => [stage.phase.id, stage.link?.url, stage.current])).toEqual([
      ['orientatie', '/a/', false],
      ['overweging', '/c/', true],
      ['beslissing', '/e/', false],
      ['gedrag', '/f/', false],
    ]);
  });

  it('has no previous step on the first step', () => {
    expect(stepPositions(pages[1]!, personas, pages, DEFAULT_PHASES)[0]?.previous).toBeUndefined();
  });

  it('gives one position per persona, each in its own journey', () => {
    const positions = stepPositions(pages[4]!, personas, pages, DEFAULT_PHASES);
    expect(positions.map((position) => [position.personaId, position.step, position.total, position.previous?.url])).toEqual([
      ['ouders', 4, 4, '/e/'],
      ['kort', 2, 2, '/g/'],
    ]);
  });

  it('skips a persona whose journey does not include the page phase', () => {
    expect(stepPositions(pages[2]!, personas, pages, DEFAULT_PHASES).map((position) => position.personaId)).toEqual(['ouders']);
  });
});

describe('stepIndex', () => {
  it('gives every page the same positions as stepPositions, working each journey out once', () => {
    const positionsOf = stepIndex(personas, pages, DEFAULT_PHASES);
    for (const each of pages) expect(positionsOf(each)).toEqual(stepPositions(each, personas, pages, DEFAULT_PHASES));
    expect(positionsOf(pages[4]!).map((position) => position.personaId)).toEqual(['ouders', 'kort']);
  });
});

describe('what citizens read in the step indicator', () => {
  it('uses the journey title and the editors’ own step words: the page’s step, else the persona’s', () => {
    const withWords = [{ id: 'ouders', data: { name: 'Ouders (intern)', title: 'Een school kiezen', steps: { orientatie: 'Scholen ontdekken', overweging: 'Open dagen' } } }];
    const stepped = pages.map((entry) => (entry.url === '/c/' ? { ...entry, data: { ...entry.data, step: 'Een school bezoeken' } } : entry));
    const [position] = stepPositions(stepped.find((entry) => entry.url === '/e/')!, withWords, stepped, DEFAULT_PHASES);
    expect(position?.personaName).toBe('Een school kiezen');
    expect(position?.label).toBeUndefined();
    expect(position?.stages.map((stage) => stage.label)).toEqual(['Scholen ontdekken', 'Een school bezoeken', undefined, undefined]);
    const [onC] = stepPositions(stepped.find((entry) => entry.url === '/c/')!, withWords, stepped, DEFAULT_PHASES);
    expect(onC?.label).toBe('Een school bezoeken');
    expect(stepPositions(pages[0]!, personas, pages, DEFAULT_PHASES)[0]?.personaName).toBe('Ouders');
  });
});

describe('nextAfterDownload', () => {
  const offering = (download: string): JourneyPage => ({ url: '/e/', data: { title: 'Aanmelden', persona: 'ouders', phase: 'beslissing', cta: { download } } });
  const withDownload = pages.map((entry) => (entry.url === '/e/' ? offering('gids') : entry));

  it('leads to the first page of the next phase in the journey of the page that offers the download', () => {
    expect(nextAfterDownload('gids', personas, withDownload, DEFAULT_PHASES)).toEqual({ persona: personas[0], page: withDownload.find((entry) => entry.url === '/f/') });
  });

  it('gives only the journey when the offering page is its last step, and nothing when no page offers the download', () => {
    const last = withDownload.filter((entry) => entry.url !== '/f/');
    expect(nextAfterDownload('gids', personas, last, DEFAULT_PHASES)).toEqual({ persona: personas[0] });
    expect(nextAfterDownload('kaart', personas, withDownload, DEFAULT_PHASES)).toBeUndefined();
  });
});

describe('nextAfterPage', () => {
  it('leads each offering page on in the journey of its own persona', () => {
    // /a/ (ouders) and /g/ (kort), both orientatie, may offer one download: each has its own next step.
    expect(nextAfterPage(pages[0]!, personas, pages, DEFAULT_PHASES)).toEqual({ persona: personas[0], page: pages[2] });
    expect(nextAfterPage(pages[5]!, personas, pages, DEFAULT_PHASES)).toEqual({ persona: personas[1], page: pages[4] });
    expect(nextAfterPage(pages[4]!, personas, pages, DEFAULT_PHASES)).toEqual({ persona: personas[0] });
  });

  it('follows the first persona of a page for several, the one its lead form sends', () => {
    expect(nextAfterPage(pages[2]!, personas, pages, DEFAULT_PHASES)).toEqual({ persona: personas[0], page: pages[3] });
  });
});
