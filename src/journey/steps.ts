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
  data: { title: string; persona: string | string[]; phase: string; cta: { href?: string } };
}

export interface JourneyPersona {
  id: string;
  data: { name: string; phases?: string[] };
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
  personaName: string;
  /** 1-based position of the page's phase in the journey. */
  step: number;
  total: number;
  phase: Phase;
  /** Every phase of the journey, linked to its first page; `current` marks this page's phase. */
  stages: { phase: Phase; link?: StepLink; current: boolean }[];
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
      personaName: persona.data.name,
      step: index + 1,
      total: stages.length,
      phase: current.phase,
      stages: stages.map((stage) => ({
        phase: stage.phase,
        link: stage.phase.id === page.data.phase ? link(page) : stage.pages[0] && link(stage.pages[0]),
        current: stage.phase.id === page.data.phase,
      })),
      previous: previous && link(previous),
    });
  }
  return positions;
}

function leadsTo(from: JourneyPage, to: JourneyPage): boolean {
  const href = from.data.cta.href;
  return href !== undefined && isSitePath(href) && normalizePath(href) === to.url;
}

function link(page: JourneyPage): StepLink {
  return { url: page.url, title: page.data.title };
}
