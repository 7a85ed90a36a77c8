import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessLogError } from './access-log.ts';
import { CHROME, testSite } from './fixtures.ts';
import { importAccessLog, SKIPPED_LINES_NAMED } from './import.ts';
import { StatsStore } from './store.ts';

const NOW = new Date('2027-03-02T12:00:00Z');
const options = { site: testSite(), timeZone: 'Europe/Amsterdam', retention: 'P24M', now: NOW };
const view = (path: string) => `203.0.113.7 - - [01/Mar/2027:10:00:00 +0100] "GET ${path} HTTP/1.1" 200 5120 "-" "${CHROME}"`;
const truncated = '203.0.113.7 - - [01/Mar/2027:10:00:00 +0100] "GET /bus/ HTTP/1.1" 200 5120 "-"';

let folder: string;
let store: StatsStore;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'wegwijzer-import-'));
  store = new StatsStore(join(folder, 'stats.db'));
});
afterEach(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

function log(lines: string[]): string {
  const file = join(folder, 'access.log');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('importAccessLog', () => {
  it('counts the good lines and names the ones in another format, also a line of 10 million characters', async () => {
    const file = log([view('/bus/'), truncated, view('/bus/proef/'), `${view('/bus/')}${'x'.repeat(10_000_000)}`, view('/school/kiezen/')]);
    const summary = await importAccessLog(file, store, options);
    expect(summary.lines).toBe(5);
    expect(summary.counted).toBe(3);
    expect(summary.skipped.lines).toBe(2);
    expect(summary.skipped.first[0]).toMatch(/^access\.log:2: not in the combined log format: /);
    expect(summary.skipped.first[1]).toMatch(/^access\.log:4: 10,000,\d{3} characters long/);
    expect(store.totals().views.reduce((sum, row) => sum + row.views, 0)).toBe(3);
  });

  it('names only the first few skipped lines, and counts them all', async () => {
    const file = log([view('/bus/'), ...Array.from({ length: 25 }, () => truncated)]);
    const summary = await importAccessLog(file, store, options);
    expect(summary.counted).toBe(1);
    expect(summary.skipped.lines).toBe(25);
    expect(summary.skipped.first).toHaveLength(SKIPPED_LINES_NAMED);
    expect(summary.skipped.first.at(-1)).toMatch(/^access\.log:11: /);
  });

  it('refuses a log without any line in the format, and records nothing', async () => {
    const file = log([truncated, truncated]);
    await expect(importAccessLog(file, store, options)).rejects.toThrow(AccessLogError);
    await expect(importAccessLog(file, store, options)).rejects.toThrow(/^access\.log:1: not in the combined log format: .*\nNo line of access\.log is in the combined log format\. Expected: /);
    expect(store.totals().views).toEqual([]);
    expect(store.span()).toBeUndefined();
  });
});
