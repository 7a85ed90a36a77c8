import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  it('names the file and the option that chose it when it cannot open the store', () => {
    const blocker = join(temp(), 'data');
    writeFileSync(blocker, 'a file where the folder should be');
    expect(() => LeadStore.open(join(blocker, 'leads.db'), '`leads.path` in wegwijzer() options')).toThrow(
      new RegExp(`^cannot open the lead store ${join(blocker, 'leads.db')} \\(\`leads.path\` in wegwijzer\\(\\) options\\): .*EEXIST.*writable by the user the server runs as\\.$`),
    );
  });
});
