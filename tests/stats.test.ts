/**
 * Journey counting against the real built server (`node dist/server/entry.mjs`, as `npm start`):
 * a scripted walk through two journeys, then `wegwijzer stats --json` must show the expected
 * aggregates and funnel; bots, prefetches and HEAD count nothing; the stats file holds no address
 * or user agent; `stats import` of the same walk as an access log gives the same report; the HTML
 * report passes axe in Chromium; content pages still ship no JavaScript.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsReport } from '../src/stats/report.ts';
import { axeViolations } from './support/axe.ts';
import { launchChromium, skipWithoutChromium } from './support/chromium.ts';
import { formBody, freshAddress, post, send, serveExampleSite, type ServedSite } from './support/server.ts';
import { wegwijzer } from './support/site.ts';

const SITE = 'https://www.voorbeeldstad.nl';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:144.0) Gecko/20100101 Firefox/144.0';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** One request of the walk, as a browser sends it and an access log records it. */
interface Step {
  method: 'GET' | 'HEAD' | 'POST';
  path: string;
  /** A path of this site (sent as a same-site URL) or a full URL. */
  referer?: string;
  agent?: string;
  headers?: Record<string, string>;
  body?: string;
}

const lead = formBody({ download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', name: 'Jan Jansen', email: `jan-${Date.now()}@voorbeeld.nl`, website: '', elapsed: '6000' });

/** Parents: orientation → consideration → decision (form, thank-you page, the guide) → behaviour. Travellers: two starts, one step. */
const WALK: Step[] = [
  { method: 'GET', path: '/basisschool/kiezen/?utm_source=poster', referer: 'https://www.google.com/' },
  { method: 'GET', path: '/basisschool/open-dagen/', referer: '/basisschool/kiezen/?utm_source=poster' },
  { method: 'GET', path: '/basisschool/aanmelden/', referer: '/basisschool/open-dagen/' },
  { method: 'POST', path: '/aanvraag/', referer: '/basisschool/aanmelden/', body: lead },
  { method: 'GET', path: '/bedankt/schoolgids/', referer: '/basisschool/aanmelden/' },
  { method: 'GET', path: '/brochures/schoolgids-2027.pdf', referer: '/bedankt/schoolgids/' },
  { method: 'GET', path: '/basisschool/na-aanmelden/', referer: '/basisschool/aanmelden/' },
  { method: 'GET', path: '/bus/' },
  { method: 'GET', path: '/bus/proefreis/', referer: '/bus/' },
  { method: 'GET', path: '/bus/' },
  { method: 'GET', path: '/brochures/busplanner.pdf', referer: '/bus/reisplanner/' },
];

/** Requests that must count nothing. */
const NOISE: Step[] = [
  { method: 'HEAD', path: '/bus/reisplanner/', referer: '/bus/proefreis/' },
  { method: 'GET', path: '/bus/reisplanner/', referer: '/bus/proefreis/', agent: GOOGLEBOT },
  { method: 'GET', path: '/brochures/busplanner.pdf', agent: GOOGLEBOT },
  { method: 'GET', path: '/bus/reisplanner/', referer: '/bus/proefreis/', agent: '' },
  { method: 'GET', path: '/bus/onderweg/', referer: '/bus/proefreis/', headers: { 'sec-purpose': 'prefetch' } },
  { method: 'GET', path: '/bus/onderweg/', referer: '/bus/proefreis/', headers: { purpose: 'prefetch' } },
  { method: 'GET', path: '/bus/bestaat-niet/', referer: '/bus/' },
];

let served: ServedSite;
/** The walk as nginx would have logged it: one combined-format line per request, with the status the server gave. */
const logLines: string[] = [];
const addresses: string[] = [];

async function perform(step: Step): Promise<number> {
  const origin = served.server.origin;
  const headers: Record<string, string> = { ...step.headers };
  if (step.agent !== '') headers['user-agent'] = step.agent ?? FIREFOX;
  const referer = step.referer === undefined ? undefined : step.referer.startsWith('/') ? `${origin}${step.referer}` : step.referer;
  if (referer !== undefined) headers.referer = referer;
  const from = freshAddress();
  addresses.push(from);
  const answer = step.method === 'POST'
    ? await post(served.server, step.body ?? '', { from, headers })
    : await send(served.server, step.path, { method: step.method, headers, from });
  // nginx configured as docs/stats.md says leaves prefetches out of the log: it cannot tell them apart otherwise.
  if (!/prefetch/.test(JSON.stringify(step.headers ?? {}))) {
    const logReferer = step.referer === undefined ? '-' : step.referer.startsWith('/') ? `${SITE}${step.referer}` : step.referer;
    logLines.push(`${from} - - [${clfTime(new Date())}] "${step.method} ${step.path} HTTP/1.1" ${answer.status} ${answer.body.length} "${logReferer}" "${step.agent === '' ? '-' : (step.agent ?? FIREFOX)}"`);
  }
  return answer.status;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `01/Mar/2027:22:30:05 +0000`, as nginx writes `$time_local` on a server in UTC. */
function clfTime(moment: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(moment.getUTCDate())}/${MONTHS[moment.getUTCMonth()]}/${moment.getUTCFullYear()}:${two(moment.getUTCHours())}:${two(moment.getUTCMinutes())}:${two(moment.getUTCSeconds())} +0000`;
}

async function statsJson(...args: string[]): Promise<StatsReport> {
  const result = await wegwijzer(['stats', '--json', ...args], served.site.root);
  expect(result.code, result.output).toBe(0);
  return JSON.parse(result.stdout) as StatsReport;
}

beforeAll(async () => {
  served = await serveExampleSite();
  for (const step of WALK) await perform(step);
});

afterAll(() => served?.dispose());

describe('counting on the built server', () => {
  it('walks the journeys: the lead is stored, every page and file answers', () => {
    expect(served.leads()).toHaveLength(1);
    expect(logLines.map((line) => / (\d{3}) \d+ "/.exec(line)?.[1])).toEqual(['200', '200', '200', '303', '200', '200', '200', '200', '200', '200', '200']);
  });

  it('keeps the expected aggregates and funnel, shown by `stats --json`', async () => {
    const report = await statsJson();
    expect(report.totals).toEqual({ views: 8, steps: 5, downloads: 2, leads: 1, leadsByKind: { download: 1, event: 0, contact: 0 } });
    expect(report.figures.steps).toEqual([
      { from: '/basisschool/aanmelden/', to: '/basisschool/na-aanmelden/', steps: 1, cta: false },
      { from: '/basisschool/aanmelden/', to: '/bedankt/schoolgids/', steps: 1, cta: false },
      { from: '/basisschool/kiezen/', to: '/basisschool/open-dagen/', steps: 1, cta: true },
      { from: '/basisschool/open-dagen/', to: '/basisschool/aanmelden/', steps: 1, cta: true },
      { from: '/bus/', to: '/bus/proefreis/', steps: 1, cta: true },
    ]);
    expect(report.figures.pages).toEqual([
      { page: '/basisschool/aanmelden/', views: 1, downloads: 0, leads: 1 },
      { page: '/basisschool/kiezen/', views: 1, downloads: 0, leads: 0 },
      { page: '/basisschool/na-aanmelden/', views: 1, downloads: 0, leads: 0 },
      { page: '/basisschool/open-dagen/', views: 1, downloads: 0, leads: 0 },
      { page: '/bedankt/schoolgids/', views: 1, downloads: 1, leads: 0 },
      { page: '/bus/', views: 2, downloads: 0, leads: 0 },
      { page: '/bus/proefreis/', views: 1, downloads: 0, leads: 0 },
      { page: '/bus/reisplanner/', views: 0, downloads: 1, leads: 0 },
    ]);

    const funnel = (persona: string) =>
      report.personas.find((candidate) => candidate.persona === persona)?.phases.map((phase) => [phase.phase, phase.views, phase.next?.steps, phase.next?.viaCta, phase.next?.share, phase.downloads, phase.leads, phase.largestDropOff]);
    expect(funnel('ouders')).toEqual([
      ['orientatie', 1, 1, 1, 1, 0, 0, false],
      ['overweging', 1, 1, 1, 1, 0, 0, false],
      ['beslissing', 1, 1, 0, 1, 1, 1, false],
      ['gedrag', 1, undefined, undefined, undefined, 0, 0, false],
    ]);
    expect(funnel('reizigers')).toEqual([
      ['orientatie', 2, 1, 1, 0.5, 0, 0, false],
      ['overweging', 1, 0, 0, 0, 0, 0, true],
      ['beslissing', 0, 0, 0, null, 1, 0, false],
      ['gedrag', 0, undefined, undefined, undefined, 0, 0, false],
    ]);
  });

  it('counts nothing for bots, requests without a user agent, prefetches, HEAD or a missing page', async () => {
    const before = await statsJson();
    const statuses = [];
    for (const step of NOISE) statuses.push(await perform(step));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 404]);
    const after = await statsJson();
    expect(after.totals).toEqual(before.totals);
    expect(after.figures).toEqual(before.figures);
  });

  it('stores no address, user agent or time of day in any column of the stats file, nor anywhere in its bytes', () => {
    const path = join(served.site.root, 'data', 'stats.db');
    const db = new DatabaseSync(path, { readOnly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
    expect(tables.sort()).toEqual(['stats_downloads', 'stats_imports', 'stats_leads', 'stats_steps', 'stats_views']);
    const values: string[] = [];
    for (const table of tables) {
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name);
      for (const row of db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]) {
        for (const column of columns) {
          const value = String(row[column]);
          values.push(value);
          if (column === 'day') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
    db.close();
    expect(values.length).toBeGreaterThan(20);
    for (const value of values) {
      expect(value).not.toMatch(/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|Mozilla|Firefox|Googlebot|\d{2}:\d{2}|utm_|@/);
    }
    const bytes = ['', '-wal'].map((suffix) => { try { return readFileSync(`${path}${suffix}`, 'latin1'); } catch { return ''; } }).join('');
    for (const address of addresses) expect(bytes).not.toContain(address);
    expect(bytes).not.toMatch(/Mozilla|Googlebot|jan-\d+@/);
  });

  it('reports a range of days, and refuses a day that is not one', async () => {
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
    expect((await statsJson('--from', today, '--to', today)).totals.views).toBe(8);
    expect((await statsJson('--to', '2020-01-01')).totals).toEqual({ views: 0, steps: 0, downloads: 0, leads: 0, leadsByKind: { download: 0, event: 0, contact: 0 } });
    const bad = await wegwijzer(['stats', '--from', '2027-02-30'], served.site.root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from 2027-02-30 is not a day: use YYYY-MM-DD');
  });

  it('prints the funnel per persona as a table with the largest drop-off marked', async () => {
    const result = await wegwijzer(['stats'], served.site.root);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toMatch(/^Journey funnel, all days: 8 page views, 5 steps, 2 downloads, 1 lead \(1 download request, 0 sign-ups, 0 contact requests\)/);
    // The fixture has a hand-off (/bus/tickets/), so the table has its column, after `via CTA`.
    expect(result.stdout).toMatch(/reizigers — .*\nphase\s+views\s+to next\s+share\s+via CTA\s+hand-off\s+downloads\s+download requests\s+sign-ups\s+contact requests\s*\n.*\norientatie\s+2\s+1\s+50%\s+1\s+0\s+0\s+0\s+0\s+0\s*\noverweging\s+1\s+0\s+0%\s+0\s+0\s+0\s+0\s+0\s+0\s+← largest drop-off/);
  });
});

describe('stats import', () => {
  it('gives the same report for the walk as an access log as the live counting did', async () => {
    const live = await statsJson();
    const log = join(served.site.root, 'access.log');
    writeFileSync(log, `${logLines.join('\n')}\n`);
    const imported = await wegwijzer(['stats', 'import', log, '--db', 'imported.db'], served.site.root);
    expect(imported.code, imported.output).toBe(0);
    expect(imported.stdout).toMatch(/: 16 lines, 10 counted \(\d{4}-\d{2}-\d{2}\)\.\nNot counted: 3 bots or without user agent, 0 prefetches, 2 not GET, 1 unsuccessful, 0 other files or paths\./);
    expect(await statsJson('--db', 'imported.db')).toEqual(live);
  });

  it('refuses a log imported before, and a log with no line in the format, changing nothing', async () => {
    const again = await wegwijzer(['stats', 'import', 'access.log', '--db', 'imported.db'], served.site.root);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/was imported before \(same contents\).*\nNothing was imported\./);
    writeFileSync(join(served.site.root, 'garbage.log'), 'not a log line\nnor this\n');
    const garbage = await wegwijzer(['stats', 'import', 'garbage.log', '--db', 'imported.db'], served.site.root);
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toMatch(/^garbage\.log:1: not in the combined log format: not a log line\nNo line of garbage\.log is in the combined log format\./);
    expect((await statsJson('--db', 'imported.db')).totals.views).toBe(8);
  });

  it('counts the good lines of a log with a broken one, and names the broken one', async () => {
    writeFileSync(join(served.site.root, 'broken.log'), `${logLines[0]}\n${logLines[1]?.replace(/ "[^"]*"$/, '')}\n`);
    const broken = await wegwijzer(['stats', 'import', 'broken.log', '--db', 'broken.db'], served.site.root);
    expect(broken.code, broken.output).toBe(0);
    expect(broken.stdout).toMatch(/: 2 lines, 1 counted .*\n.*\nSkipped 1 line\(s\) not in the combined log format:\n {2}broken\.log:2: not in the combined log format: /);
    expect((await statsJson('--db', 'broken.db')).totals.views).toBe(1);
  });
});

describe.skipIf(skipWithoutChromium('HTML stats report test'))('the HTML report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('renders in Chromium with its charts, requests nothing, and has no axe violations', async () => {
    const result = await wegwijzer(['stats', '--html', 'report.html'], served.site.root);
    expect(result.code, result.output).toBe(0);
    expect(result.stderr).toContain('Wrote the HTML report to');
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${join(served.site.root, 'report.html')}`);
    expect(requests).toEqual([`file://${join(served.site.root, 'report.html')}`]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Journey funnel — Gemeente Voorbeeldstad');
    // One chart per persona, with a bar for every phase's views.
    expect(await page.locator('svg[role="img"]').count()).toBe(3);
    expect(await page.locator('svg rect.bar-views').count()).toBe(12);
    expect(await page.getByRole('row', { name: /Overweging \(largest drop-off\)/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('content pages', () => {
  it('still ship no JavaScript: only pages with a form or a video, and the search page, have a script', () => {
    const client = join(served.site.root, 'dist', 'client');
    const pages = readdirSync(client, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html'));
    const withScript = pages.filter((file) => /<script(?![^>]*application\/ld\+json)/.test(readFileSync(join(client, file), 'utf8'))).sort();
    expect(pages.length).toBeGreaterThan(15);
    expect(withScript).toEqual(['basisschool/aanmelden/index.html', 'basisschool/open-dagen/index.html', 'veilige-buurt/app-installeren/index.html', 'veilige-buurt/ervaringen/index.html', 'zoeken/index.html']);
  });
});

describe('the privacy statement', () => {
  it('says what is counted, that no cookies or personal data are used, and how long the totals are kept', () => {
    const privacy = readFileSync(join(served.site.root, 'dist', 'client', 'privacy', 'index.html'), 'utf8').replace(/ data-astro-cid-\w+/g, '').replace(/\s+/g, ' ');
    expect(privacy).toContain('<h3>Wat we wel tellen</h3>');
    expect(privacy).toContain('We tellen per dag hoe vaak elke pagina is bekeken');
    expect(privacy).toContain('We bewaren geen IP-adres, geen gegevens over uw browser of apparaat, geen tijdstip');
    expect(privacy).toContain('Voor het tellen gebruiken we geen cookies en geen JavaScript.');
    expect(privacy).toContain('We bewaren de totalen per dag 2 jaar.');
    expect(privacy).not.toContain('data-analytics');
  });
});

describe('with `stats.enabled: false`', () => {
  it('stats import refuses to count, as the privacy statement then says nothing is counted', async () => {
    served.site.edit('astro.config.mjs', "theme: './theme.css',", "theme: './theme.css',\n      stats: { enabled: false },");
    const refused = await wegwijzer(['stats', 'import', 'access.log', '--db', 'disabled.db'], served.site.root);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('`stats.enabled` is false in astro.config.mjs');
  });
});
