import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { consentTexts } from '../forms/consent.ts';
import { DatabaseSync } from 'node:sqlite';
import { LeadStore, retryWhileBusy } from './store.ts';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));
const temp = () => (folder = mkdtempSync(join(tmpdir(), 'wegwijzer-store-')));

const mode = (path: string) => statSync(path).mode & 0o777;
const consent = consentTexts({ purpose: 'We sturen u de gids', retention: 'P12M' }, 'Gemeente Voorbeeldstad');
const lead = { kind: 'download' as const, download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', fields: { email: 'jan@voorbeeld.nl' }, contact: false, utm: {} };

describe('LeadStore', () => {
  it('creates a missing folder and a database only the server user can read (leads are personal data)', () => {
    const path = join(temp(), 'data', 'nieuw', 'leads.db');
    const store = new LeadStore(path);
    store.insert(lead, consent, 'P12M');
    expect(mode(join(folder, 'data', 'nieuw'))).toBe(0o700);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(mode(file), file).toBe(0o600);
    store.close();
    const reopened = new LeadStore(path);
    expect(reopened.all().map((row) => row.email)).toEqual(['jan@voorbeeld.nl']);
    reopened.close();
  });

  it('purges at the expiry fixed on arrival, or sooner when a download\'s retention was shortened since', () => {
    const store = new LeadStore(join(temp(), 'leads.db'));
    const day = 24 * 3600 * 1000;
    const now = new Date('2027-06-01T12:00:00Z');
    const arrived = (days: number) => new Date(now.getTime() - days * day);
    const add = (email: string, download: string, retention: string, days: number) =>
      store.insert({ ...lead, download, fields: { email } }, consent, retention, arrived(days));
    add('verlopen@voorbeeld.nl', 'busplanner', 'P1M', 40);
    add('ingekort@voorbeeld.nl', 'schoolgids', 'P12M', 100);
    add('binnen-nieuwe-termijn@voorbeeld.nl', 'schoolgids', 'P12M', 60);
    add('verlengd@voorbeeld.nl', 'veiligebuurt', 'P1M', 40);
    add('andere-download@voorbeeld.nl', 'busplanner', 'P12M', 100);
    // schoolgids now keeps leads 3 months; veiligebuurt was lengthened, which must not keep old leads longer.
    const purged = store.purge(now, new Map([['schoolgids', 'P3M'], ['veiligebuurt', 'P5Y']]));
    expect(purged).toEqual({ purged: 3, removedFromFiles: true });
    expect(store.all().map((row) => row.email)).toEqual(['binnen-nieuwe-termijn@voorbeeld.nl', 'andere-download@voorbeeld.nl']);
    store.close();
  });

  it('leaves nothing of a purged lead readable in the database or its log', () => {
    const path = join(temp(), 'leads.db');
    const store = new LeadStore(path);
    const day = 24 * 3600 * 1000;
    store.insert({ ...lead, fields: { email: 'verwijder-mij@voorbeeld.nl', name: 'Geheime Naam' } }, consent, 'P1M', new Date(Date.now() - 40 * day));
    store.insert(lead, consent, 'P12M');
    expect(store.purge()).toEqual({ purged: 1, removedFromFiles: true });
    const readable = () => [path, `${path}-wal`].filter(existsSync).some((file) => /verwijder-mij|Geheime Naam/.test(readFileSync(file, 'latin1')));
    expect(readable()).toBe(false);
    store.close();
    expect(readable()).toBe(false);
  });

  it('keeps quarantined submissions apart, releases one into the leads, and purges them too', () => {
    const store = new LeadStore(join(temp(), 'leads.db'));
    const day = 24 * 3600 * 1000;
    const id = store.quarantine({ ...lead, fields: { email: 'snel@voorbeeld.nl' } }, consent, 'P12M', 'too-fast');
    store.quarantine({ ...lead, fields: { email: 'oud@voorbeeld.nl' } }, consent, 'P1M', 'honeypot', new Date(Date.now() - 40 * day));
    expect(store.all()).toEqual([]);
    expect(store.quarantined().map((row) => [row.email, row.reason])).toEqual([['snel@voorbeeld.nl', 'too-fast'], ['oud@voorbeeld.nl', 'honeypot']]);
    expect(store.purge().purged).toBe(1);
    expect(store.release(id)).toBe(1);
    expect(store.release(id)).toBeUndefined();
    expect(store.all()).toMatchObject([{ id: 1, email: 'snel@voorbeeld.nl', consentText: consent.processing }]);
    expect(store.quarantineCount()).toBe(0);
    store.close();
  });

  it('reports a purge whose data stays in the files because another connection reads, and finishes it later', () => {
    const path = join(temp(), 'leads.db');
    const store = new LeadStore(path, { busyTimeoutMs: 0 });
    store.insert({ ...lead, fields: { email: 'lezer-houdt-vast@voorbeeld.nl' } }, consent, 'P1M', new Date(Date.now() - 40 * 24 * 3600 * 1000));
    const reader = new DatabaseSync(path);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM leads').get();
    const readable = () => [path, `${path}-wal`].filter(existsSync).some((file) => readFileSync(file, 'latin1').includes('lezer-houdt-vast'));
    expect(store.purge()).toEqual({ purged: 1, removedFromFiles: false });
    expect(readable()).toBe(true);
    reader.exec('COMMIT');
    reader.close();
    expect(store.purge()).toEqual({ purged: 0, removedFromFiles: true });
    expect(readable()).toBe(false);
    store.close();
  });

  it('fails at once on a lock with busy timeout 0, and retryWhileBusy waits for it asynchronously', async () => {
    const path = join(temp(), 'leads.db');
    const store = new LeadStore(path, { busyTimeoutMs: 0 });
    const holder = new DatabaseSync(path);
    holder.exec('BEGIN IMMEDIATE');
    expect(() => store.insert(lead, consent, 'P12M')).toThrow(/locked/);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    setTimeout(() => holder.exec('COMMIT'), 150);
    await retryWhileBusy(() => store.insert(lead, consent, 'P12M'), 2000);
    clearInterval(ticker);
    // The event loop kept running while the insert waited.
    expect(ticks).toBeGreaterThan(5);
    holder.exec('BEGIN IMMEDIATE');
    await expect(retryWhileBusy(() => store.insert(lead, consent, 'P12M'), 100)).rejects.toThrow(/locked/);
    holder.exec('ROLLBACK');
    holder.close();
    expect(store.count()).toBe(1);
    store.close();
  });

  it('names the file and the option that chose it when it cannot open the store', () => {
    const blocker = join(temp(), 'data');
    writeFileSync(blocker, 'a file where the folder should be');
    expect(() => LeadStore.open(join(blocker, 'leads.db'), '`leads.path` in wegwijzer() options')).toThrow(
      new RegExp(`^cannot open the lead store ${join(blocker, 'leads.db')} \\(\`leads.path\` in wegwijzer\\(\\) options\\): .*EEXIST.*writable by the user the server runs as\\.$`),
    );
  });
});
