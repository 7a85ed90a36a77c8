import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { DailyTally } from './aggregate.ts';
import { StatsStore } from './store.ts';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));
const temp = () => (folder = mkdtempSync(join(tmpdir(), 'wegwijzer-stats-')));

function counts(...days: [string, number][]) {
  const tally = new DailyTally();
  for (const [day, views] of days) {
    for (let n = 0; n < views; n++) tally.add(day, { kind: 'view', page: '/b/', from: '/a/' });
    tally.add(day, { kind: 'download', download: 'gids', from: '' });
    tally.add(day, { kind: 'lead', leadKind: 'download', download: 'gids', page: '/b/', persona: 'ouders', phase: 'beslissing' });
    tally.add(day, { kind: 'lead', leadKind: 'contact', download: 'terugbellen', page: '/b/', persona: 'ouders', phase: 'beslissing' });
  }
  return tally.counts();
}

describe('StatsStore', () => {
  it('keeps the leads of a store from before lead kinds, as download requests', () => {
    const path = join(temp(), 'stats.db');
    const old = new DatabaseSync(path);
    old.exec(`CREATE TABLE stats_leads (
      day TEXT NOT NULL, download TEXT NOT NULL, page TEXT NOT NULL, persona TEXT NOT NULL, phase TEXT NOT NULL, leads INTEGER NOT NULL,
      PRIMARY KEY (day, download, page, persona, phase)
    ) WITHOUT ROWID;
    INSERT INTO stats_leads VALUES ('2027-03-01', 'gids', '/b/', 'ouders', 'beslissing', 4);`);
    old.close();
    const store = new StatsStore(path);
    store.add(counts(['2027-03-01', 0]));
    expect(store.totals().leads).toEqual([
      { kind: 'contact', download: 'terugbellen', page: '/b/', persona: 'ouders', phase: 'beslissing', leads: 1 },
      { kind: 'download', download: 'gids', page: '/b/', persona: 'ouders', phase: 'beslissing', leads: 5 },
    ]);
    store.close();
  });

  it('adds counts to their day and sums them over a range of days', () => {
    const store = new StatsStore(join(temp(), 'data', 'stats.db'));
    store.add(counts(['2027-03-01', 2], ['2027-03-02', 1]));
    store.add(counts(['2027-03-02', 3]));
    expect(store.totals()).toEqual({
      views: [{ page: '/b/', views: 6 }],
      steps: [{ from: '/a/', to: '/b/', steps: 6 }],
      downloads: [{ download: 'gids', from: '', downloads: 3 }],
      leads: [
        { kind: 'contact', download: 'terugbellen', page: '/b/', persona: 'ouders', phase: 'beslissing', leads: 3 },
        { kind: 'download', download: 'gids', page: '/b/', persona: 'ouders', phase: 'beslissing', leads: 3 },
      ],
    });
    expect(store.totals({ from: '2027-03-02' }).views).toEqual([{ page: '/b/', views: 4 }]);
    expect(store.totals({ to: '2027-03-01' }).views).toEqual([{ page: '/b/', views: 2 }]);
    expect(store.totals({ from: '2027-03-03' }).views).toEqual([]);
    expect(store.span()).toEqual({ first: '2027-03-01', last: '2027-03-02' });
    store.close();
    expect(statSync(join(folder, 'data')).mode & 0o777).toBe(0o700);
  });

  it('refuses a day that is not YYYY-MM-DD, and then stores nothing', () => {
    const store = new StatsStore(join(temp(), 'stats.db'));
    const bad = counts(['2027-03-01', 1]);
    bad.views.push({ day: '2027-03-01T10:00', page: '/c/', views: 1 });
    expect(() => store.add(bad)).toThrow(/not a day \(YYYY-MM-DD\): 2027-03-01T10:00/);
    expect(store.span()).toBeUndefined();
    store.close();
  });

  it('purges the days before the first day kept', () => {
    const store = new StatsStore(join(temp(), 'stats.db'));
    store.add(counts(['2025-01-31', 1], ['2025-02-01', 1]));
    expect(store.purgeBefore('2025-02-01')).toBe(5);
    expect(store.span()).toEqual({ first: '2025-02-01', last: '2025-02-01' });
    store.close();
  });

  it('remembers imported logs by hash, and rolls the counts back with the hash when the import fails', () => {
    const store = new StatsStore(join(temp(), 'stats.db'));
    store.addImport('a'.repeat(64), '2027-03-05', counts(['2027-03-01', 1]));
    expect(store.wasImported('a'.repeat(64))).toBe(true);
    expect(() => store.addImport('a'.repeat(64), '2027-03-05', counts(['2027-03-02', 1]))).toThrow(/UNIQUE/);
    expect(store.span()).toEqual({ first: '2027-03-01', last: '2027-03-01' });
    store.close();
  });

  it('has no column for an address, user agent, cookie, identifier or time of day', () => {
    const path = join(temp(), 'stats.db');
    new StatsStore(path).close();
    const db = new DatabaseSync(path);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
    const columns = tables.flatMap((table) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => `${table}.${column.name}`));
    db.close();
    expect(columns.sort()).toEqual(
      [
        'stats_downloads.day', 'stats_downloads.download', 'stats_downloads.downloads', 'stats_downloads.from_page',
        'stats_imports.day', 'stats_imports.sha256',
        'stats_leads.day', 'stats_leads.download', 'stats_leads.kind', 'stats_leads.leads', 'stats_leads.page', 'stats_leads.persona', 'stats_leads.phase',
        'stats_steps.day', 'stats_steps.from_page', 'stats_steps.steps', 'stats_steps.to_page',
        'stats_views.day', 'stats_views.page', 'stats_views.views',
      ].sort(),
    );
  });
});
