/**
 * Live counting inside the running server of the default inbox: the process's one stats store,
 * the response observer that counts views, steps and downloads, and `countLead` for the inbox.
 * Relative paths resolve from the folder the server starts in (the project folder with
 * `npm start`). Days past `stats.retention` are purged on opening and every hour.
 */
import { resolve } from 'node:path';
import config from 'virtual:wegwijzer/config';
import site from 'virtual:wegwijzer/stats-site';
import { subtractDuration } from '../forms/retention.ts';
import type { Lead } from '../forms/validate.ts';
import { dayOf } from './aggregate.ts';
import { hitCounter, statsObserver, type ResponseObserver, type StatsSink } from './observer.ts';
import { StatsStore } from './store.ts';

const PURGE_EVERY_MS = 60 * 60 * 1000;
const { stats } = config;
let store: StatsStore | undefined;

/** The process's stats store, opened at the first count (or by `openStatsStore` at server start). */
function statsStore(): StatsStore {
  if (store === undefined) {
    const opened = StatsStore.open(resolve(stats.path), '`stats.path` in wegwijzer() options');
    store = opened;
    purge(opened);
    setInterval(() => purge(opened), PURGE_EVERY_MS).unref();
  }
  return store;
}

function purge(opened: StatsStore): void {
  try {
    opened.purgeBefore(dayOf(subtractDuration(new Date(), stats.retention), stats.timeZone));
  } catch (error) {
    console.error('[wegwijzer] could not purge old stats:', error instanceof Error ? error.message : String(error));
  }
}

const sink: StatsSink = { add: (counts) => statsStore().add(counts) };

/** Opens the store at server start, so a wrong `stats.path` shows at once, not at the first visitor. */
export function openStatsStore(): void {
  if (stats.enabled) statsStore();
}

/** Counts page views, steps and downloads of every finished response; nothing with `stats.enabled: false`. */
export const journeyStatsObserver: ResponseObserver = stats.enabled ? statsObserver({ site, timeZone: stats.timeZone, sink }) : () => {};

const countLeads = hitCounter({ timeZone: stats.timeZone, sink });

/** Counts a lead the inbox has stored: its kind, download (or event, or contact request), page, persona and phase, on today. Never throws. */
export function countLead(lead: Pick<Lead, 'kind' | 'download' | 'page' | 'persona' | 'phase'>): void {
  if (!stats.enabled) return;
  countLeads([{ kind: 'lead', leadKind: lead.kind, download: lead.download, page: lead.page, persona: lead.persona, phase: lead.phase }]);
}
