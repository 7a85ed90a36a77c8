import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { consentTexts } from '../forms/consent.ts';
import { LeadStore } from './store.ts';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));
const temp = () => (folder = mkdtempSync(join(tmpdir(), 'wegwijzer-store-')));

const mode = (path: string) => statSync(path).mode & 0o777;
const consent = consentTexts({ purpose: 'We sturen u de gids', retention: 'P12M' }, 'Gemeente Voorbeeldstad');
const lead = { download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', fields: { email: 'jan@voorbeeld.nl' }, contact: false, utm: {} };

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
    expect(purged).toBe(3);
    expect(store.all().map((row) => row.email)).toEqual(['binnen-nieuwe-termijn@voorbeeld.nl', 'andere-download@voorbeeld.nl']);
    store.close();
  });

  it('leaves nothing of a purged lead readable in the database or its log', () => {
    const path = join(temp(), 'leads.db');
    const store = new LeadStore(path);
    const day = 24 * 3600 * 1000;
    store.insert({ ...lead, fields: { email: 'verwijder-mij@voorbeeld.nl', name: 'Geheime Naam' } }, consent, 'P1M', new Date(Date.now() - 40 * day));
    store.insert(lead, consent, 'P12M');
    expect(store.purge()).toBe(1);
    const readable = () => [path, `${path}-wal`].filter(existsSync).some((file) => /verwijder-mij|Geheime Naam/.test(readFileSync(file, 'latin1')));
    expect(readable()).toBe(false);
    store.close();
    expect(readable()).toBe(false);
  });

  it('names the file and the option that chose it when it cannot open the store', () => {
    const blocker = join(temp(), 'data');
    writeFileSync(blocker, 'a file where the folder should be');
    expect(() => LeadStore.open(join(blocker, 'leads.db'), '`leads.path` in wegwijzer() options')).toThrow(
      new RegExp(`^cannot open the lead store ${join(blocker, 'leads.db')} \\(\`leads.path\` in wegwijzer\\(\\) options\\): .*EEXIST.*writable by the user the server runs as\\.$`),
    );
  });
});
