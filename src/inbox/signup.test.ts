import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { consentTexts } from '../forms/consent.ts';
import type { Lead } from '../forms/validate.ts';
import { isSignUpToken, serverSecret, signUpToken, tokenId } from './signup-token.ts';
import { LeadStore } from './store.ts';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));
const temp = () => (folder = mkdtempSync(join(tmpdir(), 'wegwijzer-signup-')));
const consent = consentTexts({ purpose: 'Voor de avond', retention: 'P3M' }, 'Gemeente Voorbeeldstad');
const signUp = (email: string, people?: string): Lead => ({
  kind: 'event',
  download: 'informatieavond',
  page: '/basisschool/open-dagen/',
  persona: 'ouders',
  phase: 'overweging',
  fields: { email, ...(people ? { people } : {}) },
  contact: false,
  utm: {},
});
const statuses = (store: LeadStore) => store.attendees('informatieavond').map((row) => `${row.email}:${row.status}`);

describe('event sign-ups in the lead store', () => {
  it('confirms sign-ups up to the capacity, puts the rest on the waiting list and promotes in order on a cancel', () => {
    const store = new LeadStore(join(temp(), 'leads.db'));
    const event = { capacity: 3 };
    const ids = ['a', 'b', 'c', 'd', 'e'].map((name) => store.signUp(signUp(`${name}@x.nl`), consent, 'P3M', event));
    expect(ids.map((result) => result.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waiting', 'waiting']);
    expect(store.cancelSignUp(ids[1]?.id ?? 0, event)).toEqual([ids[3]?.id]);
    expect(statuses(store)).toEqual(['a@x.nl:confirmed', 'b@x.nl:cancelled', 'c@x.nl:confirmed', 'd@x.nl:confirmed', 'e@x.nl:waiting']);
    // Cancelling twice changes nothing.
    expect(store.cancelSignUp(ids[1]?.id ?? 0, event)).toBeUndefined();
    expect(statuses(store)).toContain('e@x.nl:waiting');
    expect(store.all().map((row) => row.kind)).toEqual(['event', 'event', 'event', 'event', 'event']);
    store.close();
  });

  it('counts seats by the number of people, first come first served', () => {
    const store = new LeadStore(join(temp(), 'leads.db'));
    const event = { capacity: 4 };
    const [a, b, c] = [signUp('a@x.nl', '3'), signUp('b@x.nl', '2'), signUp('c@x.nl', '1')].map((lead) => store.signUp(lead, consent, 'P3M', event));
    // c would fit, but b waits before it.
    expect([a?.status, b?.status, c?.status]).toEqual(['confirmed', 'waiting', 'waiting']);
    store.cancelSignUp(a?.id ?? 0, event);
    expect(statuses(store)).toEqual(['a@x.nl:cancelled', 'b@x.nl:confirmed', 'c@x.nl:confirmed']);
    store.close();
  });

  it('never confirms more than the capacity when several processes sign up at once', async () => {
    const path = join(temp(), 'leads.db');
    new LeadStore(path).close();
    const script = (index: number) => `
      import { LeadStore } from ${JSON.stringify(new URL('./store.ts', import.meta.url).pathname)};
      const store = new LeadStore(${JSON.stringify(path)}, { busyTimeoutMs: 10000 });
      for (let i = 0; i < 5; i++) store.signUp(${JSON.stringify(signUp('x@x.nl'))}, { processing: '', contact: '', contactLabel: '', contactHint: '' }, 'P3M', { capacity: 7 });
      store.close();
      console.log(${index});`;
    const { spawn } = await import('node:child_process');
    await Promise.all(
      [1, 2, 3].map(
        (index) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, ['--input-type=module', '-e', script(index)], { stdio: ['ignore', 'ignore', 'inherit'] });
            child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
          }),
      ),
    );
    const store = new LeadStore(path);
    const rows = store.attendees('informatieavond');
    expect(rows).toHaveLength(15);
    expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(7);
    expect(rows.filter((row) => row.status === 'waiting')).toHaveLength(8);
    store.close();
  });

  it('adds the new columns to a store an older version made, its rows being downloads', () => {
    const path = join(temp(), 'leads.db');
    const old = new DatabaseSync(path);
    const columns = 'received_at TEXT NOT NULL, expires_at TEXT NOT NULL, download TEXT NOT NULL, page TEXT NOT NULL, persona TEXT NOT NULL, phase TEXT NOT NULL, fields TEXT NOT NULL, contact INTEGER NOT NULL, utm TEXT NOT NULL, consent_text TEXT NOT NULL, contact_text TEXT NOT NULL';
    old.exec(`CREATE TABLE leads (id INTEGER PRIMARY KEY, ${columns}); CREATE TABLE quarantine (id INTEGER PRIMARY KEY, reason TEXT NOT NULL, ${columns});`);
    old.exec(`INSERT INTO leads (received_at, expires_at, download, page, persona, phase, fields, contact, utm, consent_text, contact_text) VALUES ('2026-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z', 'schoolgids', '/a/', 'ouders', 'beslissing', '{"email":"oud@x.nl"}', 0, '{}', 'x', 'y')`);
    old.close();
    const store = new LeadStore(path);
    expect(store.all()).toMatchObject([{ kind: 'download', download: 'schoolgids', status: '', seats: 0, email: 'oud@x.nl' }]);
    store.close();
  });
});

describe('sign-up tokens', () => {
  it('accept only the token made with the secret for that sign-up and moment', () => {
    const secret = Buffer.from('s'.repeat(32));
    const token = signUpToken(secret, 12, '2026-12-01T10:00:00.000Z');
    expect(tokenId(token)).toBe(12);
    expect(isSignUpToken(secret, token, 12, '2026-12-01T10:00:00.000Z')).toBe(true);
    expect(isSignUpToken(Buffer.from('t'.repeat(32)), token, 12, '2026-12-01T10:00:00.000Z')).toBe(false);
    // The same id again after a purge, at another moment.
    expect(isSignUpToken(secret, token, 12, '2026-12-02T10:00:00.000Z')).toBe(false);
    const forged = `13${token.slice(2)}`;
    expect(isSignUpToken(secret, forged, 13, '2026-12-01T10:00:00.000Z')).toBe(false);
    expect(tokenId('12.kort')).toBeUndefined();
  });

  it('take the secret from the environment, or make one file for the server user only and keep it', () => {
    const file = join(temp(), 'data', 'secret');
    const made = serverSecret(file, {});
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(serverSecret(file, {})).toEqual(made);
    expect(serverSecret(file, { WEGWIJZER_SECRET: 'e'.repeat(40) }).toString()).toBe('e'.repeat(40));
    expect(() => serverSecret(file, { WEGWIJZER_SECRET: 'kort' })).toThrow(/WEGWIJZER_SECRET is 4 characters long: use at least 32/);
    writeFileSync(file, 'x');
    expect(() => serverSecret(file, {})).toThrow(/too short/);
  });
});
