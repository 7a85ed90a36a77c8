import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeadStore, type CommittedLead } from '../inbox/store.ts';
import type { Lead } from '../forms/validate.ts';
import { backoffMs, DEFAULT_RETRY, idempotencyKey, Outbox } from './outbox.ts';

const consent = { processing: 'Wij bewaren uw gegevens 12 maanden.', contact: 'Ik wil later een vraag krijgen.', contactLabel: '', contactHint: '' };
/** As the mail channels decide: the team always, the visitor when they gave an address. */
const destinations = (committed: CommittedLead) => (committed.email === undefined ? ['team-mail'] : ['team-mail', 'visitor-mail']);

function lead(fields: Lead['fields'] = { name: 'Jan', email: 'jan@voorbeeld.nl' }): Lead {
  return { kind: 'download', download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', fields, contact: true, utm: { utm_source: 'poster' } };
}

let folder: string;
let path: string;
let store: LeadStore;
let outbox: Outbox;

function open(policy = { ...DEFAULT_RETRY, firstDelayMs: 1000 }): void {
  outbox = new Outbox(destinations, { policy, random: () => 1 });
  store = new LeadStore(path, { onCommit: outbox });
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'wegwijzer-outbox-'));
  path = join(folder, 'leads.db');
  open();
});

afterEach(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the outbox', () => {
  it('gets one delivery per destination in the transaction that stores the lead, with what the visitor gave', () => {
    const id = store.insert(lead(), consent, 'P12M');
    const deliveries = outbox.unsent();
    expect(deliveries.map((delivery) => [delivery.leadId, delivery.destination, delivery.state])).toEqual([
      [id, 'team-mail', 'pending'],
      [id, 'visitor-mail', 'pending'],
    ]);
    const claimed = outbox.claim(['team-mail']);
    expect(claimed?.lead).toMatchObject({ id, download: 'schoolgids', page: '/basisschool/aanmelden/', persona: 'ouders', phase: 'beslissing', email: 'jan@voorbeeld.nl', fields: { name: 'Jan', email: 'jan@voorbeeld.nl' } });
    // UTM parameters were not given by the visitor: they do not travel.
    expect(JSON.stringify(claimed?.lead)).not.toContain('poster');
    expect(claimed?.key).toBe(idempotencyKey(claimed?.lead as CommittedLead, 'team-mail'));
  });

  it('sends no confirmation to a visitor who gave no address', () => {
    store.insert(lead({ name: 'Jan' }), consent, 'P12M');
    expect(outbox.unsent().map((delivery) => delivery.destination)).toEqual(['team-mail']);
  });

  it('stores neither lead nor deliveries when writing the deliveries fails', () => {
    const failing = new Outbox(() => ['team-mail'], {});
    store.close();
    store = new LeadStore(path, { onCommit: failing });
    const db = new DatabaseSync(path);
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    db.close();
    expect(() => store.insert(lead(), consent, 'P12M')).toThrow(/disk full/);
    expect(store.count()).toBe(0);
  });

  it('claims a delivery once: a second claim finds nothing until it fails and its time comes', () => {
    store.insert(lead({ name: 'Jan' }), consent, 'P12M');
    const now = new Date();
    const first = outbox.claim(['team-mail'], now);
    expect(first?.attempts).toBe(1);
    expect(outbox.claim(['team-mail'], now)).toBeUndefined();
    const outcome = outbox.markFailed(first?.id ?? 0, 'SMTP ECONNREFUSED', { now });
    // random() = 1: the full first delay.
    expect(outcome).toEqual({ state: 'pending', nextAttemptAt: new Date(now.getTime() + 1000) });
    expect(outbox.claim(['team-mail'], new Date(now.getTime() + 999))).toBeUndefined();
    const second = outbox.claim(['team-mail'], new Date(now.getTime() + 1000));
    expect(second?.attempts).toBe(2);
    outbox.markSent(second?.id ?? 0);
    expect(outbox.claim(['team-mail'], new Date(now.getTime() + 10_000_000))).toBeUndefined();
    expect(outbox.counts()).toMatchObject({ sent: 1, pending: 0 });
  });

  it('backs off exponentially with jitter, up to the cap', () => {
    const policy = { ...DEFAULT_RETRY, firstDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4, 5].map((attempt) => backoffMs(attempt, policy, () => 1))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(backoffMs(3, policy, () => 0)).toBe(2000);
  });

  it('is dead after the last attempt, or at once when refused for good, and comes back with retry', () => {
    store.close();
    open({ ...DEFAULT_RETRY, firstDelayMs: 1, maxAttempts: 2 });
    store.insert(lead(), consent, 'P12M');
    let now = Date.now();
    const team = outbox.claim(['team-mail'], new Date(now));
    expect(outbox.markFailed(team?.id ?? 0, 'SMTP ETIMEDOUT', { now: new Date(now) }).state).toBe('pending');
    now += 10;
    const again = outbox.claim(['team-mail'], new Date(now));
    expect(outbox.markFailed(again?.id ?? 0, 'SMTP ETIMEDOUT', { now: new Date(now) }).state).toBe('dead');
    const visitor = outbox.claim(['visitor-mail'], new Date(now));
    expect(outbox.markFailed(visitor?.id ?? 0, 'SMTP 550 (EENVELOPE)', { permanent: true }).state).toBe('dead');
    expect(outbox.unsent().map((delivery) => [delivery.state, delivery.lastError])).toEqual([
      ['dead', 'SMTP ETIMEDOUT'],
      ['dead', 'SMTP 550 (EENVELOPE)'],
    ]);
    expect(outbox.retry({ id: team?.id ?? 0 })).toBe(1);
    expect(outbox.retry('dead')).toBe(1);
    const retried = outbox.claim(['team-mail']);
    expect(retried?.attempts).toBe(1);
    outbox.markSent(retried?.id ?? 0);
    // A sent delivery is not sent again by retry.
    expect(outbox.retry({ id: retried?.id ?? 0 })).toBe(0);
  });

  it('sends again what a killed process left `sending`, and keeps its idempotency key', () => {
    store.insert(lead({ name: 'Jan' }), consent, 'P12M');
    const claimed = outbox.claim(['team-mail']);
    store.close();
    open();
    expect(outbox.recover()).toBe(1);
    const again = outbox.claim(['team-mail']);
    expect(again?.key).toBe(claimed?.key);
  });

  it('writes the deliveries of a lead released from quarantine', () => {
    const quarantined = store.quarantine(lead(), consent, 'P12M', 'too-fast');
    expect(outbox.unsent()).toEqual([]);
    const id = store.release(quarantined);
    expect(outbox.unsent().map((delivery) => delivery.leadId)).toEqual([id, id]);
  });

  it('is purged with its lead, also by a store opened without the outbox (the CLI with --db)', () => {
    store.insert(lead(), consent, 'P1D', new Date('2026-01-01T00:00:00Z'));
    const kept = store.insert(lead(), consent, 'P12M');
    store.close();
    const plain = new LeadStore(path);
    expect(plain.purge(new Date()).purged).toBe(1);
    plain.close();
    open();
    expect(new Set(outbox.unsent().map((delivery) => delivery.leadId))).toEqual(new Set([kept]));
    const db = new DatabaseSync(path);
    expect((db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n).toBe(2);
    db.close();
  });

  it('forgets a delivery\'s copy of the lead once it is sent', () => {
    store.insert(lead(), consent, 'P12M');
    const claimed = outbox.claim(['team-mail']);
    outbox.markSent(claimed?.id ?? 0);
    const db = new DatabaseSync(path);
    const row = db.prepare('SELECT payload FROM outbox WHERE id = ?').get(claimed?.id ?? 0) as { payload: string | null };
    db.close();
    expect(row.payload).toBeNull();
  });
});
