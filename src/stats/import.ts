/**
 * `wegwijzer stats import <access-log>`: a web server's access log becomes the same daily counts
 * the live server keeps, for sites on a static host or CDN. The whole log is read before anything
 * is written; a line in another format (a truncated write, a stray message) is skipped and
 * reported, and a log without any line in the format is refused. A log is imported once
 * (recognised by its SHA-256).
 */
import { createHash } from 'node:crypto';
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { subtractDuration } from '../forms/retention.ts';
import { DailyTally, dayOf } from './aggregate.ts';
import { parseLogLine, AccessLogError, FORMAT_HINT } from './access-log.ts';
import { classifyRequest, ignoredBecause, indexSite } from './classify.ts';
import type { StatsSite } from './site.ts';
import type { StatsStore } from './store.ts';

export interface ImportSummary {
  lines: number;
  /** Lines that became a view, download or lead. */
  counted: number;
  /** Lines not counted, by reason. */
  ignored: { bot: number; prefetch: number; method: number; status: number; other: number };
  /** Lines older than the retention: left out, as they would be purged at once. */
  expired: number;
  days: { first: string; last: string } | undefined;
  purged: number;
  /** Lines not in the combined log format: how many, and why for the first few (`file:line: reason`). */
  skipped: { lines: number; first: string[] };
}

/** How many skipped lines the summary names: enough to find the pattern, never the whole log. */
export const SKIPPED_LINES_NAMED = 10;

export interface ImportOptions {
  site: StatsSite;
  timeZone: string;
  retention: string;
  now?: Date;
}

export async function importAccessLog(file: string, store: StatsStore, { site, timeZone, retention, now = new Date() }: ImportOptions): Promise<ImportSummary> {
  const index = indexSite(site);
  const firstKept = dayOf(subtractDuration(now, retention), timeZone);
  const hash = createHash('sha256');
  const raw = createReadStream(file);
  raw.on('data', (chunk) => hash.update(chunk));
  const text: Readable = isGzip(file) ? raw.pipe(createGunzip()) : raw;
  const tally = new DailyTally();
  const summary: ImportSummary = { lines: 0, counted: 0, ignored: { bot: 0, prefetch: 0, method: 0, status: 0, other: 0 }, expired: 0, days: undefined, purged: 0, skipped: { lines: 0, first: [] } };
  let inFormat = 0;
  let first: string | undefined;
  let last: string | undefined;

  for await (const line of createInterface({ input: text, crlfDelay: Infinity })) {
    summary.lines++;
    let entry;
    try {
      entry = parseLogLine(line, summary.lines, basename(file));
    } catch (error) {
      if (!(error instanceof AccessLogError)) throw error;
      summary.skipped.lines++;
      if (summary.skipped.first.length < SKIPPED_LINES_NAMED) summary.skipped.first.push(error.message.split('\n')[0] ?? error.message);
      continue;
    }
    if (line.trim() !== '') inFormat++;
    if (entry === undefined) {
      if (line.trim() !== '') summary.ignored.other++;
      continue;
    }
    const reason = ignoredBecause(entry.request);
    if (reason !== undefined) {
      summary.ignored[reason]++;
      continue;
    }
    const hits = classifyRequest(entry.request, index, { leadsFromThankYou: true });
    if (hits.length === 0) {
      summary.ignored.other++;
      continue;
    }
    const day = dayOf(entry.time, timeZone);
    if (day < firstKept) {
      summary.expired++;
      continue;
    }
    for (const hit of hits) tally.add(day, hit);
    summary.counted++;
    if (first === undefined || day < first) first = day;
    if (last === undefined || day > last) last = day;
  }
  summary.days = first === undefined || last === undefined ? undefined : { first, last };
  if (inFormat === 0 && summary.skipped.lines > 0) {
    // Not one line in the format: the wrong file, or a server configured with another format.
    throw new AccessLogError(`${summary.skipped.first[0]}\nNo line of ${basename(file)} is in the combined log format. ${FORMAT_HINT}`);
  }

  const sha256 = hash.digest('hex');
  if (store.wasImported(sha256)) {
    throw new AccessLogError(`${file} was imported before (same contents): importing it again would count every request twice. Import each rotated log once.`);
  }
  store.addImport(sha256, dayOf(now, timeZone), tally.counts());
  summary.purged = store.purgeBefore(firstKept);
  return summary;
}

/** gzip's magic bytes, so rotated logs (`access.log.2.gz`) import as they are. */
function isGzip(file: string): boolean {
  const head = Buffer.alloc(2);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}
