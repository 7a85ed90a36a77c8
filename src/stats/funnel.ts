/**
 * The GAP analysis in numbers: per persona, each phase of the journey with its page views, the
 * steps its visitors took to the next phase (and how many of those followed the CTA), the
 * downloads and leads, and the phase that loses the most visitors. Pure: the journey model and
 * the summed counts in, plain data out; the text, JSON and HTML reports all render this.
 */
import { LEAD_KIND_IDS, type LeadKind } from '../forms/kinds.ts';
import type { LeadCount, Totals } from './aggregate.ts';
import type { StatsPage, StatsSite } from './site.ts';

export interface NextStep {
  phase: string;
  label: string;
  /** Steps from a page of this phase to a page of the next phase of the same journey. */
  steps: number;
  /** Of those, the steps to the page the CTA names (a hand-off included). */
  viaCta: number;
  /**
   * Of those, the clicks on a CTA that hands the visitor off to another site (`cta.handoff`): the
   * decision is taken there, so the journey counts it as the step on; the next phase's page is
   * where they come back.
   */
  handoffs: number;
  /** steps ÷ views (4 decimals); null without views. Above 1 when visitors step more than once per view. */
  share: number | null;
}

export interface FunnelPhase {
  phase: string;
  label: string;
  /** The persona's pages in this phase. */
  pages: string[];
  /** Some page of this phase hands the visitor off to another site (`cta.handoff`). */
  handsOff: boolean;
  views: number;
  /** Absent for the journey's last phase. */
  next?: NextStep;
  downloads: number;
  /** Leads of every kind. */
  leads: number;
  /** Leads per kind: download requests, event sign-ups, contact requests (forms/kinds.ts), each a step of the funnel. */
  leadsByKind: LeadsByKind;
  /** The phase whose step to the next keeps the smallest share of its views. */
  largestDropOff: boolean;
}

/** A count per lead kind, every kind present (0 when none). */
export type LeadsByKind = Record<LeadKind, number>;

/** Leads of `rows` summed per kind. */
export function leadsByKind(rows: readonly LeadCount[]): LeadsByKind {
  const counts = Object.fromEntries(LEAD_KIND_IDS.map((kind) => [kind, 0])) as LeadsByKind;
  for (const row of rows) counts[row.kind] += row.leads;
  return counts;
}

export interface PersonaFunnel {
  persona: string;
  name: string;
  phases: FunnelPhase[];
}

export interface Funnel {
  /** The days counted, inclusive; an open end is null. */
  range: { from: string | null; to: string | null };
  personas: PersonaFunnel[];
  /** All counts of the period, journey pages or not. */
  totals: { views: number; steps: number; downloads: number; leads: number; leadsByKind: LeadsByKind };
}

export function buildFunnel(site: StatsSite, totals: Totals, range: { from?: string; to?: string } = {}): Funnel {
  const labels = new Map(site.phases.map((phase) => [phase.id, phase.label]));
  const journeyPages = new Map(site.journeyPages.map((page) => [page.url, page]));
  const views = sumBy(totals.views, (row) => row.page, (row) => row.views);

  const personas = site.personas.map((persona): PersonaFunnel => {
    const pagesIn = (phase: string) => site.journeyPages.filter((page) => page.phase === phase && page.personas.includes(persona.id));
    const phases = persona.phases.map((phase, index): FunnelPhase => {
      const pages = pagesIn(phase);
      const urls = new Set(pages.map((page) => page.url));
      const phaseViews = pages.reduce((sum, page) => sum + (views.get(page.url) ?? 0), 0);
      const nextPhase = persona.phases[index + 1];
      const leads = totals.leads.filter((row) => row.persona === persona.id && row.phase === phase);
      return {
        phase,
        label: labels.get(phase) ?? phase,
        pages: [...urls],
        handsOff: pages.some((page) => page.cta.handoff !== undefined),
        views: phaseViews,
        ...(nextPhase === undefined ? {} : { next: nextStep(nextPhase, labels.get(nextPhase) ?? nextPhase, pages, new Set(pagesIn(nextPhase).map((page) => page.url)), totals, phaseViews, journeyPages) }),
        downloads: downloadsOf(pages, totals, journeyPages),
        leads: leads.reduce((sum, row) => sum + row.leads, 0),
        leadsByKind: leadsByKind(leads),
        largestDropOff: false,
      };
    });
    markLargestDropOff(phases);
    return { persona: persona.id, name: persona.name, phases };
  });

  return {
    range: { from: range.from ?? null, to: range.to ?? null },
    personas,
    totals: {
      views: totals.views.reduce((sum, row) => sum + row.views, 0),
      steps: totals.steps.reduce((sum, row) => sum + row.steps, 0),
      downloads: totals.downloads.reduce((sum, row) => sum + row.downloads, 0),
      leads: totals.leads.reduce((sum, row) => sum + row.leads, 0),
      leadsByKind: leadsByKind(totals.leads),
    },
  };
}

function nextStep(phase: string, label: string, from: StatsPage[], to: ReadonlySet<string>, totals: Totals, views: number, journeyPages: ReadonlyMap<string, StatsPage>): NextStep {
  const fromUrls = new Set(from.map((page) => page.url));
  let steps = 0;
  let viaCta = 0;
  let handoffs = 0;
  for (const row of totals.steps) {
    if (!fromUrls.has(row.from)) continue;
    const cta = journeyPages.get(row.from)?.cta;
    // A hand-off is a step to the page's hand-off route, which its CTA links.
    const handoff = cta?.handoff !== undefined && cta.href === row.to;
    if (!to.has(row.to) && !handoff) continue;
    steps += row.steps;
    if (cta?.href === row.to) viaCta += row.steps;
    if (handoff) handoffs += row.steps;
  }
  return { phase, label, steps, viaCta, handoffs, share: views === 0 ? null : Math.round((steps / views) * 10_000) / 10_000 };
}

/**
 * Downloads linked from one of this phase's pages count here. Those without such a page (from the
 * thank-you page after a form, or a direct link) count for every phase whose page's CTA offers
 * the download: which visitor came from where is exactly what is not kept.
 */
function downloadsOf(pages: StatsPage[], totals: Totals, journeyPages: ReadonlyMap<string, StatsPage>): number {
  const urls = new Set(pages.map((page) => page.url));
  const offered = new Set(pages.flatMap((page) => (page.cta.download === undefined ? [] : [page.cta.download])));
  let count = 0;
  for (const row of totals.downloads) {
    if (urls.has(row.from)) count += row.downloads;
    else if (!journeyPages.has(row.from) && offered.has(row.download)) count += row.downloads;
  }
  return count;
}

/** Marks the phase (not the last) with views whose share to the next phase is lowest and below 1; the first on a tie. */
function markLargestDropOff(phases: FunnelPhase[]): void {
  let worst: FunnelPhase | undefined;
  for (const phase of phases) {
    const share = phase.next?.share;
    if (share === null || share === undefined || share >= 1) continue;
    if (worst === undefined || share < (worst.next?.share ?? Infinity)) worst = phase;
  }
  if (worst !== undefined) worst.largestDropOff = true;
}

function sumBy<T>(rows: readonly T[], key: (row: T) => string, value: (row: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row));
  return sums;
}
