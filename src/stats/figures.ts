/**
 * Figures per page and per step (from → to) for a range of days: what a journey map shows on each
 * page and arrow. `readFigures` reads a stats file (default `data/stats.db`); `journeyFigures`
 * turns summed counts into the figures, for callers that have them already.
 */
import { existsSync } from 'node:fs';
import type { Totals } from './aggregate.ts';
import type { StatsSite } from './site.ts';
import { StatsStore, type DayRange } from './store.ts';

export interface PageFigures {
  page: string;
  views: number;
  /** Downloads linked from this page. */
  downloads: number;
  /** Leads sent from this page's form. */
  leads: number;
}

export interface StepFigures {
  from: string;
  to: string;
  steps: number;
  /** Whether `to` is what the CTA of `from` names. */
  cta: boolean;
}

export interface JourneyFigures {
  pages: PageFigures[];
  steps: StepFigures[];
}

export function journeyFigures(site: StatsSite, totals: Totals): JourneyFigures {
  const pages = new Map<string, PageFigures>();
  const page = (url: string) => {
    let figures = pages.get(url);
    if (figures === undefined) {
      figures = { page: url, views: 0, downloads: 0, leads: 0 };
      pages.set(url, figures);
    }
    return figures;
  };
  for (const row of totals.views) page(row.page).views += row.views;
  for (const row of totals.downloads) if (row.from !== '') page(row.from).downloads += row.downloads;
  for (const row of totals.leads) page(row.page).leads += row.leads;
  const ctas = new Map(site.journeyPages.map((journeyPage) => [journeyPage.url, journeyPage.cta.href]));
  return {
    pages: [...pages.values()].sort((a, b) => a.page.localeCompare(b.page)),
    steps: totals.steps.map((row) => ({ from: row.from, to: row.to, steps: row.steps, cta: ctas.get(row.from) === row.to })),
  };
}

/** The figures from a stats file for a range of days; undefined when the file does not exist. */
export function readFigures(path: string, site: StatsSite, range: DayRange = {}): JourneyFigures | undefined {
  if (!existsSync(path)) return undefined;
  const store = new StatsStore(path);
  try {
    return journeyFigures(site, store.totals(range));
  } finally {
    store.close();
  }
}
