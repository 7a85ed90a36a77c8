/**
 * The journey map: every persona's journey phase by phase, with its pages, the gaps, the phases
 * it skips and where each page's CTA leads. Derived from the same snapshot, matrix and rules as the
 * gate (`buildMatrix`, `checkJourneys`' index and `leadsOn`), so the map, `npm run check` and the
 * build always agree. Pure and plain: every node is a JSON-serialisable object keyed by URL, so
 * figures (visits, conversions) can later be added per page and per arrow without changing the shape.
 */
import { ctaPage, ctaPath, journeyPhases, leadsOn } from './check.ts';
import { buildIndex, pagePersonas, resolvesOnSite, type SiteIndex } from './site-index.ts';
import { buildMatrix, isGap, type JourneyMatrix } from './matrix.ts';
import type { ContentSnapshot, PageEntry, PersonaEntry, Problem } from './model.ts';
import { handoffPhases, type Phase } from './phases.ts';
import { handoffPath, personaHubPath } from './urls.ts';

/** Where a CTA leads, seen from the persona whose journey is drawn. */
export type CtaTarget =
  /** A content page; `direction` compares its phase with the page's own, `ownJourney` says it is a page of this persona. */
  | { kind: 'page'; url: string; title: string; phase: string; direction: 'later' | 'same' | 'earlier' | 'self'; ownJourney: boolean }
  | { kind: 'download'; id: string; title: string; gated: boolean }
  | { kind: 'event' | 'contact'; id: string; title: string }
  /** A page Wegwijzer generates (home, a hub, a statement) or a file under public/. */
  | { kind: 'route'; url: string }
  | { kind: 'external'; href: string }
  /** A hand-off (`cta.handoff`) to another site: the click is counted by `route`, which forwards to `href` on `host`. */
  | { kind: 'handoff'; href: string; host: string; route: string }
  /** A site path or download id that matches nothing (the gate reports it). */
  | { kind: 'missing'; ref: string };

export interface MapPage {
  url: string;
  file: string;
  title: string;
  cta: { label: string; target: CtaTarget };
  /** The CTA moves this persona on (the gate's dead-end rule), or the page is the journey's last phase. */
  leadsOn: boolean;
  /** The gate's problems in this page's file. */
  problems: number;
}

export type StageStatus = 'covered' | 'gap' | 'skipped';

export interface MapStage {
  phase: Phase;
  /** `gap`: the journey requires the phase and no page covers it; `skipped`: not part of this journey. */
  status: StageStatus;
  /** 1-based step in the persona's journey; absent for a skipped phase. */
  step?: number;
  pages: MapPage[];
}

/** A CTA from one page of the journey to another: the lines of the diagram. */
export interface MapArrow {
  from: string;
  to: string;
  direction: 'later' | 'same' | 'earlier';
}

export interface PersonaJourneyMap {
  id: string;
  file: string;
  hub: string;
  name: string;
  summary: string;
  question: string;
  influences: string[];
  channels: string[];
  goal: string;
  /** Every phase of the site, in order; each says whether this journey covers, misses or skips it. */
  stages: MapStage[];
  arrows: MapArrow[];
  /** The gate's problems in this persona's own file (gaps, unknown phases). */
  problems: number;
}

export interface JourneyMap {
  phases: Phase[];
  /** The persona × phase matrix, exactly as `npm run check` prints it. */
  matrix: JourneyMatrix;
  personas: PersonaJourneyMap[];
}

export function buildJourneyMap(content: ContentSnapshot, problems: readonly Problem[] = []): JourneyMap {
  const index = buildIndex(content);
  const matrix = buildMatrix(content);
  const problemsIn = countBy(problems.map((problem) => problem.file));
  return {
    phases: content.phases.map((phase) => ({ ...phase })),
    matrix,
    personas: content.personas.map((persona) => {
      const row = matrix.rows.find((candidate) => candidate.persona === persona.id);
      return personaMap(persona, row?.cells ?? [], content, index, problemsIn);
    }),
  };
}

function personaMap(
  persona: PersonaEntry,
  cells: JourneyMatrix['rows'][number]['cells'],
  content: ContentSnapshot,
  index: SiteIndex,
  problemsIn: Map<string, number>,
): PersonaJourneyMap {
  const journey = journeyPhases(persona, content.phases).map((phase) => phase.id);
  const own = [...(index.pagesByPersona.get(persona.id) ?? [])].sort((a, b) => a.url.localeCompare(b.url));
  const stages = content.phases.map((phase): MapStage => {
    const cell = cells.find((candidate) => candidate.phase === phase.id);
    const status: StageStatus = cell === undefined || !cell.required ? 'skipped' : isGap(cell) ? 'gap' : 'covered';
    const step = journey.indexOf(phase.id);
    const pages = own
      .filter((page) => page.data.phase === phase.id)
      .map((page) => mapPage(page, persona.id, journey, content, index, problemsIn));
    return { phase: { ...phase }, status, ...(step === -1 ? {} : { step: step + 1 }), pages };
  });
  const inLane = new Set(own.map((page) => page.url));
  const arrows = stages.flatMap((stage) =>
    stage.pages.flatMap(({ url, cta: { target } }): MapArrow[] =>
      target.kind === 'page' && target.direction !== 'self' && inLane.has(target.url) ? [{ from: url, to: target.url, direction: target.direction }] : [],
    ),
  );
  const { name, summary, question, influences, channels, goal } = persona.data;
  return {
    id: persona.id,
    file: persona.file,
    hub: personaHubPath(persona.id),
    name,
    summary,
    question,
    influences: [...influences],
    channels: [...channels],
    goal,
    stages,
    arrows,
    problems: problemsIn.get(persona.file) ?? 0,
  };
}

function mapPage(
  page: PageEntry,
  personaId: string,
  journey: readonly string[],
  content: ContentSnapshot,
  index: SiteIndex,
  problemsIn: Map<string, number>,
): MapPage {
  const target = ctaPage(page, index);
  const last = journey.at(-1) === page.data.phase;
  return {
    url: page.url,
    file: page.file,
    title: page.data.title,
    cta: { label: page.data.cta.label, target: ctaTarget(page, target, personaId, content, index) },
    leadsOn: last || page.data.cta.download !== undefined || page.data.cta.event !== undefined || page.data.cta.contact !== undefined || handsOffHere(page, content) || leadsOn(page, target, personaId, index),
    problems: problemsIn.get(page.file) ?? 0,
  };
}

function ctaTarget(page: PageEntry, target: PageEntry | undefined, personaId: string, content: ContentSnapshot, index: SiteIndex): CtaTarget {
  const { download, event, contact, href } = page.data.cta;
  if (contact !== undefined) {
    const entry = content.contacts?.find((candidate) => candidate.id === contact);
    return entry === undefined ? { kind: 'missing', ref: contact } : { kind: 'contact', id: contact, title: entry.data.title };
  }
  if (event !== undefined) {
    const entry = content.events?.find((candidate) => candidate.id === event);
    return entry === undefined ? { kind: 'missing', ref: event } : { kind: 'event', id: event, title: entry.data.title };
  }
  if (download !== undefined) {
    const entry = content.downloads.find((candidate) => candidate.id === download);
    return entry === undefined ? { kind: 'missing', ref: download } : { kind: 'download', id: download, title: entry.data.title, gated: entry.data.gate === 'form' };
  }
  if (href === undefined) return { kind: 'missing', ref: '' };
  const path = ctaPath(page, index);
  if (path === undefined && page.data.cta.handoff === true) return { kind: 'handoff', href, host: URL.canParse(href) ? new URL(href).host : href, route: handoffPath(page.url) };
  if (path === undefined) return { kind: 'external', href };
  if (target !== undefined) {
    const from = index.phaseOrder.get(page.data.phase) ?? 0;
    const to = index.phaseOrder.get(target.data.phase) ?? 0;
    const direction = target === page ? 'self' : to > from ? 'later' : to === from ? 'same' : 'earlier';
    return { kind: 'page', url: target.url, title: target.data.title, phase: target.data.phase, direction, ownJourney: pagePersonas(target).includes(personaId) };
  }
  return resolvesOnSite(path, content, index) ? { kind: 'route', url: path } : { kind: 'missing', ref: href };
}

/** A hand-off where the phases allow one moves the journey on, as the gate's dead-end rule accepts it. */
function handsOffHere(page: PageEntry, content: ContentSnapshot): boolean {
  return page.data.cta.handoff === true && handoffPhases(content.phases).some((phase) => phase.id === page.data.phase);
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
