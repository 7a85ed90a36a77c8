/**
 * The funnel report as plain text (a table per persona, the journey check's table formatter) and
 * as the JSON document of `wegwijzer stats --json`. The HTML report is in report-html.ts.
 */
import { LEAD_KIND_IDS, LEAD_KINDS } from '../forms/kinds.ts';
import { countOf, formatTable } from '../journey/report.ts';
import type { Totals } from './aggregate.ts';
import { journeyFigures, type JourneyFigures } from './figures.ts';
import { buildFunnel, type Funnel, type FunnelPhase } from './funnel.ts';
import type { StatsSite } from './site.ts';

/** `wegwijzer stats --json`: the funnel, plus the figures per page and step for other tools. */
export interface StatsReport extends Funnel {
  figures: JourneyFigures;
}

export function statsReport(site: StatsSite, totals: Totals, range: { from?: string; to?: string } = {}): StatsReport {
  return { ...buildFunnel(site, totals, range), figures: journeyFigures(site, totals) };
}

export const DROP_OFF_MARK = '← largest drop-off';

/** `0.6667` → `67%`; no views → `–`. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : `${Math.round(share * 100)}%`;
}

export function rangeLabel(range: Funnel['range']): string {
  if (range.from === null && range.to === null) return 'all days';
  return `${range.from ?? 'first day'} to ${range.to ?? 'last day'}`;
}

/** `3 leads (1 download request, 2 sign-ups, 0 contact requests)`: the total and each kind's. */
export function leadsLabel({ leads, leadsByKind }: Funnel['totals']): string {
  return `${countOf(leads, 'lead')} (${LEAD_KIND_IDS.map((kind) => countOf(leadsByKind[kind], LEAD_KINDS[kind].noun)).join(', ')})`;
}

/** The column heading of a lead kind: `download requests`, `sign-ups`, `contact requests`. */
export const leadColumns = LEAD_KIND_IDS.map((kind) => ({ kind, heading: `${LEAD_KINDS[kind].noun}s` }));

export function formatFunnel(funnel: Funnel): string {
  const { totals } = funnel;
  const lines = [
    `Journey funnel, ${rangeLabel(funnel.range)}: ${countOf(totals.views, 'page view')}, ${countOf(totals.steps, 'step')}, ${countOf(totals.downloads, 'download')}, ${leadsLabel(totals)}`,
  ];
  // The hand-off column only for a site with hand-offs, so other sites' reports stay as they were.
  const handoffs = funnel.personas.some((persona) => persona.phases.some((phase) => phase.handsOff));
  for (const persona of funnel.personas) {
    const header = ['phase', 'views', 'to next', 'share', 'via CTA', ...(handoffs ? ['hand-off'] : []), 'downloads', ...leadColumns.map((column) => column.heading), ''];
    const rows = persona.phases.map((phase) => [
      phase.phase,
      String(phase.views),
      phase.next === undefined ? '–' : String(phase.next.steps),
      percent(phase.next?.share),
      phase.next === undefined ? '–' : String(phase.next.viaCta),
      ...(handoffs ? [phase.next === undefined ? '–' : String(phase.next.handoffs)] : []),
      String(phase.downloads),
      ...leadColumns.map((column) => String(phase.leadsByKind[column.kind])),
      phase.largestDropOff ? DROP_OFF_MARK : '',
    ]);
    lines.push('', `${persona.persona} — ${persona.name}`, formatTable(header, rows, { rule: true }));
  }
  lines.push(
    '',
    'views = page views of the phase\'s pages · to next = steps to a page of the next phase (Referer) · share = to next ÷ views · via CTA = of those, to the page the CTA names',
    `downloads = files served · ${leadColumns.map((column) => column.heading).join(', ')} = leads the forms of the phase's pages received, per kind`,
    ...(handoffs ? ['hand-off = of those, clicks on a CTA that hands off to another site (counted by its hand-off route; the decision is taken there)'] : []),
  );
  return lines.join('\n');
}

/** The phase a persona loses most visitors after, for one-line summaries. */
export function largestDropOff(phases: readonly FunnelPhase[]): FunnelPhase | undefined {
  return phases.find((phase) => phase.largestDropOff);
}
