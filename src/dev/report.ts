/**
 * The gate's current findings in `astro dev`, kept in one place: the integration publishes them
 * after every run (at start and after each save), and whatever shows them reads them here — the
 * Wegwijzer dev toolbar app (through the integration), the notice on an affected page, and any
 * dev-only page such as a journey map. Kept on `globalThis`, because the integration and the
 * pages Vite renders load this module as two separate instances in the same process.
 */
import type { Problem } from '../journey/model.ts';

export interface DevReport {
  /** Problems that stop `astro build`: journey, frontmatter, body and syntax problems. */
  problems: Problem[];
  /** SEO lint findings (errors with `seo.strict`). */
  seo: Problem[];
  /** Plain Dutch (B1) findings (errors with `readability.strict`). */
  readability: Problem[];
  /** When the gate ran, as an ISO timestamp. */
  checkedAt: string;
}

/** The event the integration sends the report to the dev toolbar app with. */
export const REPORT_EVENT = 'wegwijzer:report';

/** The id of the Wegwijzer app in the dev toolbar. */
export const TOOLBAR_APP_ID = 'wegwijzer';

type Listener = (report: DevReport) => void;

interface Store {
  report?: DevReport;
  listeners: Set<Listener>;
}

const KEY = Symbol.for('wegwijzer.dev-report');

function store(): Store {
  const global = globalThis as typeof globalThis & { [KEY]?: Store };
  global[KEY] ??= { listeners: new Set() };
  return global[KEY];
}

/** The latest findings; undefined outside `astro dev` or before the gate first ran. */
export function currentDevReport(): DevReport | undefined {
  return store().report;
}

export function publishDevReport(report: DevReport): void {
  const { listeners } = store();
  store().report = report;
  for (const listener of listeners) listener(report);
}

/** Calls `listener` with every new report; returns the unsubscribe function. */
export function onDevReport(listener: Listener): () => void {
  store().listeners.add(listener);
  return () => store().listeners.delete(listener);
}

/** The findings about one file (`content/pages/bus/index.mdx`), for a notice on its page. */
export function devFindingsFor(file: string | undefined): DevReport | undefined {
  const report = currentDevReport();
  if (report === undefined || file === undefined) return undefined;
  const about = (problems: Problem[]) => problems.filter((problem) => problem.file === file);
  return { problems: about(report.problems), seo: about(report.seo), readability: about(report.readability), checkedAt: report.checkedAt };
}

/**
 * Resolves with the next report, or with undefined after `timeoutMs`. A page requested right after a
 * save (Vite reloads it at once) can be ahead of the check of that save.
 */
export function nextDevReport(timeoutMs: number): Promise<DevReport | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stop();
      resolve(undefined);
    }, timeoutMs);
    const stop = onDevReport((report) => {
      clearTimeout(timer);
      stop();
      resolve(report);
    });
  });
}
