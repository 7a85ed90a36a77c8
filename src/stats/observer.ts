/**
 * Live counting as a response observer: called once for every finished response of the server,
 * it classifies the request and adds the counts of its day to a sink (the stats store). The
 * observer shape is the server's extension point for code that watches responses.
 */
import { DailyTally, dayOf, type DailyCounts } from './aggregate.ts';
import { classifyRequest, indexSite, type Hit } from './classify.ts';
import type { StatsSite } from './site.ts';

export type { ResponseObserver } from '../inbox/server-observers.ts';
import type { ResponseObserver } from '../inbox/server-observers.ts';

export interface StatsSink {
  add(counts: DailyCounts): void;
}

export interface CounterOptions {
  site: StatsSite;
  timeZone: string;
  sink: StatsSink;
  now?: () => Date;
  /** Told when counting fails; counting never fails a response. Default: one line on stderr. */
  onError?: (error: unknown) => void;
}

/** Adds hits to the sink as the counts of today; swallows (and reports) any failure. */
export function hitCounter({ timeZone, sink, now = () => new Date(), onError = reportError }: Omit<CounterOptions, 'site'>): (hits: readonly Hit[]) => void {
  return (hits) => {
    if (hits.length === 0) return;
    try {
      const tally = new DailyTally();
      const day = dayOf(now(), timeZone);
      for (const hit of hits) tally.add(day, hit);
      sink.add(tally.counts());
    } catch (error) {
      onError(error);
    }
  };
}

export function statsObserver(options: CounterOptions): ResponseObserver {
  const site = indexSite(options.site);
  const count = hitCounter(options);
  return (request, response) => {
    count(classifyRequest({ method: request.method, target: request.path, status: response.status, headers: request.headers }, site));
  };
}

let lastReport = 0;
function reportError(error: unknown): void {
  // At most one line a minute: a full disk must not flood the log once per page view.
  if (Date.now() - lastReport < 60_000) return;
  lastReport = Date.now();
  console.error('[wegwijzer] could not count a request:', error instanceof Error ? error.message : String(error));
}
