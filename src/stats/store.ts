/**
 * The daily aggregates in SQLite (node:sqlite), in a file of their own beside the lead inbox
 * (default `data/stats.db`): it holds no personal data, so it can be copied, mailed or kept longer
 * than leads without that care, and counting page views never waits on a lead's write lock.
 *
 * Every table is keyed by a day (`YYYY-MM-DD`) and site paths or ids from the content; there is
 * no column for an address, user agent, cookie, identifier or time of day.
 * WAL with synchronous=NORMAL: a count is not worth an fsync per page view; a power cut may
 * lose the last counts, never corrupt the file.
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { openDatabase, openNamed, transaction } from '../inbox/sqlite.ts';
import { DAY, type DailyCounts, type Totals } from './aggregate.ts';

/** Leads per kind (forms/kinds.ts): a download and an event may share an id. */
const LEADS_TABLE = `CREATE TABLE IF NOT EXISTS stats_leads (
  day TEXT NOT NULL, kind TEXT NOT NULL, download TEXT NOT NULL, page TEXT NOT NULL, persona TEXT NOT NULL, phase TEXT NOT NULL, leads INTEGER NOT NULL,
  PRIMARY KEY (day, kind, download, page, persona, phase)
) WITHOUT ROWID;`;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS stats_views (
  day TEXT NOT NULL, page TEXT NOT NULL, views INTEGER NOT NULL,
  PRIMARY KEY (day, page)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_steps (
  day TEXT NOT NULL, from_page TEXT NOT NULL, to_page TEXT NOT NULL, steps INTEGER NOT NULL,
  PRIMARY KEY (day, from_page, to_page)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_downloads (
  day TEXT NOT NULL, download TEXT NOT NULL, from_page TEXT NOT NULL, downloads INTEGER NOT NULL,
  PRIMARY KEY (day, download, from_page)
) WITHOUT ROWID;
${LEADS_TABLE}
CREATE TABLE IF NOT EXISTS stats_imports (
  sha256 TEXT PRIMARY KEY, day TEXT NOT NULL
) WITHOUT ROWID;`;

/** The tables of daily counts: name, count column and key columns besides `day`. */
const TABLES = {
  stats_views: { count: 'views', keys: ['page'] },
  stats_steps: { count: 'steps', keys: ['from_page', 'to_page'] },
  stats_downloads: { count: 'downloads', keys: ['download', 'from_page'] },
  stats_leads: { count: 'leads', keys: ['kind', 'download', 'page', 'persona', 'phase'] },
} as const;
type Table = keyof typeof TABLES;
const TABLE_NAMES = Object.keys(TABLES) as Table[];

/** An inclusive range of days; either end may be open. */
export interface DayRange {
  from?: string;
  to?: string;
}

export class StatsStore {
  readonly #db: DatabaseSync;

  constructor(path: string) {
    this.#db = openDatabase(path, `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;${SCHEMA}`);
    this.#addLeadKinds();
  }

  /**
   * A store from before lead kinds has no `kind` in its key: the table is rebuilt with it, its rows
   * as download requests, the only kind there was (as the inbox's own store does with its leads).
   */
  #addLeadKinds(): void {
    const columns = this.#db.prepare('PRAGMA table_info(stats_leads)').all() as { name: string }[];
    if (columns.some((column) => column.name === 'kind')) return;
    this.#transaction(() => {
      this.#db.exec(`ALTER TABLE stats_leads RENAME TO stats_leads_without_kind; ${LEADS_TABLE}
        INSERT INTO stats_leads (day, kind, download, page, persona, phase, leads)
          SELECT day, 'download', download, page, persona, phase, leads FROM stats_leads_without_kind;
        DROP TABLE stats_leads_without_kind;`);
    });
  }

  /** Opens (creating when missing) the store at `path`; a failure names the file and what chose it. */
  static open(path: string, chosenBy: string): StatsStore {
    return openNamed('stats store', path, chosenBy, () => new StatsStore(path));
  }

  /** Adds counts to the days they belong to, in one transaction. */
  add(counts: DailyCounts): void {
    const rows: [Table, SQLInputValue[]][] = [
      ...counts.views.map((row): [Table, SQLInputValue[]] => ['stats_views', [row.day, row.page, row.views]]),
      ...counts.steps.map((row): [Table, SQLInputValue[]] => ['stats_steps', [row.day, row.from, row.to, row.steps]]),
      ...counts.downloads.map((row): [Table, SQLInputValue[]] => ['stats_downloads', [row.day, row.download, row.from, row.downloads]]),
      ...counts.leads.map((row): [Table, SQLInputValue[]] => ['stats_leads', [row.day, row.kind, row.download, row.page, row.persona, row.phase, row.leads]]),
    ];
    for (const [, [day]] of rows) {
      if (typeof day !== 'string' || !DAY.test(day)) throw new RangeError(`not a day (YYYY-MM-DD): ${String(day)}`);
    }
    if (rows.length === 0) return;
    this.#transaction(() => {
      for (const [table, values] of rows) this.#upsert(table).run(...values);
    });
  }

  readonly #upserts = new Map<Table, StatementSync>();

  /** Adds to a day's count, or starts it. */
  #upsert(table: Table): StatementSync {
    let statement = this.#upserts.get(table);
    if (statement === undefined) {
      const { count, keys } = TABLES[table];
      const columns = ['day', ...keys, count];
      statement = this.#db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
         ON CONFLICT (${['day', ...keys].join(', ')}) DO UPDATE SET ${count} = ${count} + excluded.${count}`,
      );
      this.#upserts.set(table, statement);
    }
    return statement;
  }

  /** Counts summed over a range of days. */
  totals(range: DayRange = {}): Totals {
    const where = 'WHERE day >= ? AND day <= ?';
    const bounds = [range.from ?? '0000-00-00', range.to ?? '9999-99-99'];
    const all = <T>(sql: string) => this.#db.prepare(sql).all(...bounds) as unknown as T[];
    return {
      views: all(`SELECT page, sum(views) AS views FROM stats_views ${where} GROUP BY page ORDER BY page`),
      steps: all(`SELECT from_page AS "from", to_page AS "to", sum(steps) AS steps FROM stats_steps ${where} GROUP BY from_page, to_page ORDER BY from_page, to_page`),
      downloads: all(`SELECT download, from_page AS "from", sum(downloads) AS downloads FROM stats_downloads ${where} GROUP BY download, from_page ORDER BY download, from_page`),
      leads: all(`SELECT kind, download, page, persona, phase, sum(leads) AS leads FROM stats_leads ${where} GROUP BY kind, download, page, persona, phase ORDER BY kind, download, page, persona, phase`),
    };
  }

  /** The first and last day with any count, or undefined when the store is empty. */
  span(): { first: string; last: string } | undefined {
    const union = TABLE_NAMES.map((table) => `SELECT day FROM ${table}`).join(' UNION ALL ');
    const row = this.#db.prepare(`SELECT min(day) AS first, max(day) AS last FROM (${union})`).get() as { first: string | null; last: string | null };
    return row.first === null || row.last === null ? undefined : { first: row.first, last: row.last };
  }

  /** Deletes the counts of days before `firstKept`; returns how many rows went. */
  purgeBefore(firstKept: string): number {
    let purged = 0;
    this.#transaction(() => {
      for (const table of TABLE_NAMES) purged += Number(this.#db.prepare(`DELETE FROM ${table} WHERE day < ?`).run(firstKept).changes);
    });
    return purged;
  }

  /** Whether a log with this SHA-256 was imported before. */
  wasImported(sha256: string): boolean {
    return this.#db.prepare('SELECT 1 FROM stats_imports WHERE sha256 = ?').get(sha256) !== undefined;
  }

  /** Adds an imported log's counts and remembers the log by its hash, in one transaction. */
  addImport(sha256: string, day: string, counts: DailyCounts): void {
    this.#transaction(() => {
      this.#db.prepare('INSERT INTO stats_imports (sha256, day) VALUES (?, ?)').run(sha256, day);
      this.add(counts);
    });
  }

  close(): void {
    this.#db.close();
  }

  #depth = 0;

  /** Runs `work` in a transaction; nested calls join the outer one. */
  #transaction(work: () => void): void {
    if (this.#depth > 0) {
      work();
      return;
    }
    this.#depth++;
    try {
      transaction(this.#db, work);
    } finally {
      this.#depth--;
    }
  }
}
