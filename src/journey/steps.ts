/**
 * Where a page stands in a persona's journey: the data behind the step indicator on content
 * pages and the journey list on persona hubs. Pure, like the checks, so both agree with the gate.
 */
import { journeyPhases, pagePersonas } from './check.ts';
import type { Phase } from './phases.ts';
import { normalizePath } from './urls.ts';
import { isSitePath } from './rules.ts';

/** The part of a page the journey needs; Astro entries and snapshot entries both fit. */
export interface JourneyPage {
  url: string;
  data: { title: string; persona: string | string[]; phase: string; cta: { href?: string; download?: string; handoff?: boolean }; step?: string };
}

/**
 * The other site a page's CTA hands the visitor off to (`cta.handoff` with its `href`), or
 * undefined for any other CTA. The page links its hand-off route (urls.ts handoffPath) instead.
 */
export function handoffTarget(page: Pick<JourneyPage, 'data'>): string | undefined {
  const { handoff, href } = page.data.cta;
  return handoff === true ? href : undefined;
}

export interface JourneyPersona {
  id: string;
  data: { name: string; title?: string; phases?: string[]; steps?: Record<string, string> };
}

/** What citizens call the journey: its public `title`, else the persona's name. */
export function journeyTitle(persona: JourneyPersona): string {
  return persona.data.title ?? persona.data.name;
}

/**
 * The editor's own word for a step, if any: the page's `step`, else the persona's `steps` entry
 * for the phase. Undefined means the phase's default word (its `step`, or the strings').
 */
export function ownStepLabel(persona: JourneyPersona, phaseId: string, page?: JourneyPage): string | undefined {
  return page?.data.step ?? persona.data.steps?.[phaseId];
}

export interface JourneyStage<P extends JourneyPage = JourneyPage> {
  phase: Phase;
  /** The persona's pages in this phase, ordered by URL. */
  pages: P[];
}

/** A persona's journey in phase order, each phase with its pages. */
export function journeyStages<P extends JourneyPage>(
  persona: JourneyPersona,
  pages: readonly P[],
  phases: readonly Phase[],
): JourneyStage<P>[] {
  const own = pages.filter((page) => pagePersonas(page).includes(persona.id));
  return journeyPhases(persona, phases).map((phase) => ({
    phase,
    pages: own.filter((page) => page.data.phase === phase.id).sort((a, b) => a.url.localeCompare(b.url)),
  }));
}

export interface StepLink {
  url: string;
  title: string;
}

export interface StepPosition {
  personaId: string;
  /** The journey's public title (see journeyTitle). */
  personaName: string;
  /** 1-based position of the page's phase in the journey. */
  step: number;
  total: number;
  phase: Phase;
  /** Every phase of the journey, linked to its first page; `current` marks this page's phase. */
  stages: { phase: Phase; link?: StepLink; current: boolean; label?: string }[];
  /** The editor's word for this page's step (see ownStepLabel). */
  label?: string;
  /** A page of the phase before, preferring one whose CTA leads here. */
  previous?: StepLink;
}

/** The step indicator of `page` in the journey of each persona it belongs to. */
export function stepPositions<P extends JourneyPage>(
  page: P,
  personas: readonly JourneyPersona[],
  pages: readonly P[],
  phases: readonly Phase[],
): StepPosition[] {
  return positionsIn(page, personas, (persona) => journeyStages(persona, pages, phases));
}

/**
 * The step positions of many pages: each persona's journey is worked out once, not once per
 * page, so rendering every page of a large site stays linear in its size.
 */
export function stepIndex<P extends JourneyPage>(
  personas: readonly JourneyPersona[],
  pages: readonly P[],
  phases: readonly Phase[],
): (page: P) => StepPosition[] {
  const stagesByPersona = new Map(personas.map((persona) => [persona.id, journeyStages(persona, pages, phases)]));
  return (page) => positionsIn(page, personas, (persona) => stagesByPersona.get(persona.id) ?? []);
}

function positionsIn<P extends JourneyPage>(
  page: P,
  personas: readonly JourneyPersona[],
  stagesOf: (persona: JourneyPersona) => JourneyStage<P>[],
): StepPosition[] {
  const positions: StepPosition[] = [];
  for (const personaId of pagePersonas(page)) {
    const persona = personas.find((candidate) => candidate.id === personaId);
    if (persona === undefined) continue;
    const stages = stagesOf(persona);
    const index = stages.findIndex((stage) => stage.phase.id === page.data.phase);
    const current = stages[index];
    if (current === undefined) continue;
    const before = stages[index - 1]?.pages ?? [];
    const previous = before.find((candidate) => leadsTo(candidate, page)) ?? before[0];
    positions.push({
      personaId,
      personaName: journeyTitle(persona),
      step: index + 1,
      total: stages.length,
      phase: current.phase,
      stages: stages.map((stage) => {
        const shown = stage.phase.id === page.data.phase ? page : stage.pages[0];
        return {
          phase: stage.phase,
          link: shown && link(shown),
          current: stage.phase.id === page.data.phase,
          ...optional('label', ownStepLabel(persona, stage.phase.id, shown)),
        };
      }),
      previous: previous && link(previous),
      ...optional('label', ownStepLabel(persona, current.phase.id, page)),
    });
  }
  return positions;
}

/** `{ [key]: value }`, or nothing when the value is undefined (exactOptionalPropertyTypes-friendly). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function leadsTo(from: JourneyPage, to: JourneyPage): boolean {
  const href = from.data.cta.href;
  return href !== undefined && isSitePath(href) && normalizePath(href) === to.url;
}

function link(page: JourneyPage): StepLink {
  return { url: page.url, title: page.data.title };
}

/**
 * Where a visitor goes after requesting a download on `offering`: the journey of the page's (first)
 * persona, the one its lead form sends, and that journey's first page after the page's phase. No
 * page after it: only the journey, whose hub shows every step.
 */
export function nextAfterPage<P extends JourneyPage>(
  offering: P,
  personas: readonly JourneyPersona[],
  pages: readonly P[],
  phases: readonly Phase[],
): { persona: JourneyPersona; page?: P } | undefined {
  const persona = personas.find((candidate) => candidate.id === pagePersonas(offering)[0]);
  if (persona === undefined) return undefined;
  const stages = journeyStages(persona, pages, phases);
  const position = stages.findIndex((stage) => stage.phase.id === offering.data.phase);
  const next = stages.slice(position + 1).find((stage) => stage.pages.length > 0)?.pages[0];
  return next === undefined ? { persona } : { persona, page: next };
}

/**
 * The next step on a download's own thank-you page, reached without an offering page (a link, an
 * outdated form): that of the first page by URL whose CTA is the download. Nothing offers the
 * download as a CTA: undefined.
 */
export function nextAfterDownload<P extends JourneyPage>(
  downloadId: string,
  personas: readonly JourneyPersona[],
  pages: readonly P[],
  phases: readonly Phase[],
): { persona: JourneyPersona; page?: P } | undefined {
  const offering = pages.filter((page) => page.data.cta.download === downloadId).sort((a, b) => a.url.localeCompare(b.url))[0];
  return offering && nextAfterPage(offering, personas, pages, phases);
}
