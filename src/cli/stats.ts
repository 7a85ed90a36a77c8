/**
 * `wegwijzer stats`: the journey funnel from the daily aggregates (the GAP analysis in numbers).
 *   stats [--from --to] [--json] [--html <file>]   the funnel per persona, as text, JSON or an HTML report
 *   stats import <access-log>                       adds a web server's access log to the aggregates
 * Not to be confused with `wegwijzer leads stats` (leads per download × persona × phase).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gateOptions } from '../content/gate.ts';
import { loadContent } from '../content/load.ts';
import { DAY } from '../stats/aggregate.ts';
import { AccessLogError } from '../stats/access-log.ts';
import { importAccessLog, type ImportSummary } from '../stats/import.ts';
import { htmlReport } from '../stats/report-html.ts';
import { formatFunnel, statsReport } from '../stats/report.ts';
import { statsSite, type StatsSite } from '../stats/site.ts';
import { StatsStore } from '../stats/store.ts';
import { loadProject, type Project } from './project.ts';
import { commandArgs } from './args.ts';

const usage = `Usage: wegwijzer stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--html <file>] [--root <project folder>] [--db <sqlite file>]
       wegwijzer stats import <access-log> [--root <project folder>] [--db <sqlite file>]
  (no command)  the funnel per persona: views per phase, steps to the next phase, downloads, leads, the largest drop-off
                --from/--to: first and last day (inclusive, default: every day kept) · --json: one JSON document ·
                --html <file>: a self-contained HTML report with charts
  import        count an access log (combined log format, as nginx and Apache write it; .gz too) into the same aggregates`;

function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(value)) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function siteOf(project: Project): StatsSite {
  const { snapshot } = loadContent(gateOptions(project.root, project.publicDir, project.options));
  return statsSite(snapshot, project.site);
}

export async function run(argv: string[]): Promise<number> {
  const args = commandArgs(
    argv,
    usage,
    {
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
      html: { type: 'string' },
      root: { type: 'string', default: '.' },
      db: { type: 'string' },
    },
    true,
  );
  if (typeof args === 'number') return args;
  const [command, ...rest] = args.positionals;
  if (command !== undefined && (command !== 'import' || rest.length !== 1)) {
    console.error(`${command === 'import' ? 'stats import needs exactly one access log file.' : `Unknown command: ${args.positionals.join(' ')}`}\n${usage}`);
    return 2;
  }
  for (const name of ['from', 'to'] as const) {
    const value = args.values[name];
    if (value !== undefined && !isDay(value)) {
      console.error(`--${name} ${value} is not a day: use YYYY-MM-DD, like 2027-03-01.`);
      return 2;
    }
  }
  const { from, to } = args.values;
  if (from !== undefined && to !== undefined && from > to) {
    console.error(`--from ${from} is after --to ${to}: swap them.`);
    return 2;
  }

  const project = await loadProject(args.values.root);
  const { stats } = project.options;
  const path = args.values.db === undefined ? resolve(project.root, stats.path) : resolve(args.values.db);
  const chosenBy = args.values.db === undefined ? '`stats.path` in wegwijzer() options' : '--db';
  const site = siteOf(project);

  if (command === 'import') {
    if (!stats.enabled) {
      console.error('`stats.enabled` is false in astro.config.mjs: the privacy statement tells visitors that nothing is counted. Set it to true (and rebuild) before importing logs.');
      return 1;
    }
    const file = resolve(rest[0] ?? '');
    if (!existsSync(file)) {
      console.error(`No access log at ${file}.`);
      return 2;
    }
    const store = StatsStore.open(path, chosenBy);
    try {
      console.log(describeImport(file, await importAccessLog(file, store, { site, timeZone: stats.timeZone, retention: stats.retention })));
    } catch (error) {
      if (!(error instanceof AccessLogError)) throw error;
      console.error(`${error.message}\nNothing was imported.`);
      return 1;
    } finally {
      store.close();
    }
    return 0;
  }

  if (!existsSync(path)) {
    // Creating an empty store here would make a wrong folder or path look like "no visitors".
    console.error(`No stats store at ${path}: nothing has been counted there yet. Is this the folder the server starts in, and the same \`stats.path\`? A static site fills it with \`wegwijzer stats import <access-log>\`.`);
    return 1;
  }
  const store = StatsStore.open(path, chosenBy);
  let report;
  try {
    report = statsReport(site, store.totals({ from, to }), { from, to });
  } finally {
    store.close();
  }
  if (args.values.html !== undefined) {
    const target = resolve(args.values.html);
    writeFileSync(target, htmlReport(report, project.options.organisation.name));
    if (!args.values.json) console.error(`Wrote the HTML report to ${target}.`);
  }
  if (args.values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(formatFunnel(report));
  return 0;
}

function describeImport(file: string, summary: ImportSummary): string {
  const { ignored } = summary;
  const days = summary.days === undefined ? 'no days' : summary.days.first === summary.days.last ? summary.days.first : `${summary.days.first} to ${summary.days.last}`;
  const { skipped } = summary;
  const unnamed = skipped.lines - skipped.first.length;
  return [
    `Imported ${file}: ${summary.lines} lines, ${summary.counted} counted (${days}).`,
    `Not counted: ${ignored.bot} bots or without user agent, ${ignored.prefetch} prefetches, ${ignored.method} not GET, ${ignored.status} unsuccessful, ${ignored.other} other files or paths` +
      (summary.expired > 0 ? `; ${summary.expired} older than the retention.` : '.'),
    ...(skipped.lines === 0 ? [] : [`Skipped ${skipped.lines} line(s) not in the combined log format:`, ...skipped.first.map((line) => `  ${line}`), ...(unnamed > 0 ? [`  … and ${unnamed} more`] : [])]),
  ].join('\n');
}
