/**
 * Hits become counts per day: the only form in which anything is kept. A day is a calendar date
 * (`YYYY-MM-DD`) in the site's time zone; nothing finer is ever stored.
 */
import { handoffPath } from '../journey/urls.ts';
import type { LeadKind } from '../forms/kinds.ts';
import type { Hit } from './classify.ts';

export interface PageViews { page: string; views: number }
export interface StepCount { from: string; to: string; steps: number }
export interface DownloadCount { download: string; from: string; downloads: number }
/** Leads of one kind for one thing (`download` holds the id of the download, event or contact request). */
export interface LeadCount { kind: LeadKind; download: string; page: string; persona: string; phase: string; leads: number }

/** Counts summed over a period: what the funnel, the figures and the reports read. */
export interface Totals {
  views: PageViews[];
  steps: StepCount[];
  downloads: DownloadCount[];
  leads: LeadCount[];
}

/** Counts per day: what the store adds to its tables. */
export interface DailyCounts {
  views: (PageViews & { day: string })[];
  steps: (StepCount & { day: string })[];
  downloads: (DownloadCount & { day: string })[];
  leads: (LeadCount & { day: string })[];
}

export const DAY = /^\d{4}-\d{2}-\d{2}$/;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `moment` in `timeZone`, as `YYYY-MM-DD`. */
export function dayOf(moment: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(moment);
}

/** Adds up hits per day in memory; `counts()` gives the rows to add to the store. */
export class DailyTally {
  readonly #counts = new Map<string, number>();

  add(day: string, hit: Hit): void {
    for (const row of rowKeys(hit)) {
      const key = JSON.stringify([day, ...row]);
      this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    }
  }

  get size(): number {
    return this.#counts.size;
  }

  counts(): DailyCounts {
    const result: DailyCounts = { views: [], steps: [], downloads: [], leads: [] };
    for (const [key, count] of this.#counts) {
      const [day = '', kind, ...rest] = JSON.parse(key) as string[];
      const [a = '', b = '', c = '', d = '', e = ''] = rest;
      if (kind === 'view') result.views.push({ day, page: a, views: count });
      if (kind === 'step') result.steps.push({ day, from: a, to: b, steps: count });
      if (kind === 'download') result.downloads.push({ day, download: a, from: b, downloads: count });
      if (kind === 'lead') result.leads.push({ day, kind: a as LeadKind, download: b, page: c, persona: d, phase: e, leads: count });
    }
    return result;
  }
}

/** The rows one hit adds to: a view with a `from` is also a step from that page. */
function rowKeys(hit: Hit): string[][] {
  switch (hit.kind) {
    case 'view':
      return hit.from === undefined ? [['view', hit.page]] : [['view', hit.page], ['step', hit.from, hit.page]];
    case 'download':
      return [['download', hit.download, hit.from]];
    case 'lead':
      return [['lead', hit.leadKind, hit.download, hit.page, hit.persona, hit.phase]];
    // A hand-off is a step from the page to its hand-off route: the route is what its CTA links.
    case 'handoff':
      return [['step', hit.page, handoffPath(hit.page)]];
  }
}
