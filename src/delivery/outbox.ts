/**
 * The durable outbox: one row per lead and destination, written in the transaction that stores the
 * lead (see `LeadCommitHook` in src/inbox/store.ts), so a lead the visitor was thanked for is never
 * without its deliveries, across `kill -9` and restarts. A worker claims a due row atomically
 * (`pending` → `sending`), sends it, and marks it `sent`; a failure schedules the next attempt with
 * exponential backoff and jitter, and after the last attempt the row is `dead`: listed by
 * `wegwijzer leads outbox`, sent again by `wegwijzer leads retry`.
 *
 * Each row carries what its destination needs of the lead (the payload), so sending does not depend
 * on the shape of the leads table; the payload is cleared once sent, and a trigger deletes a lead's
 * rows when the lead is deleted (purge), so retention covers the outbox too.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { CommittedLead, LeadCommitHook } from '../inbox/store.ts';

export const DELIVERY_STATES = ['pending', 'sending', 'sent', 'dead'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

const SCHEMA = `
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY,
  lead_id INTEGER NOT NULL,
  destination TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL CHECK (state IN (${DELIVERY_STATES.map((state) => `'${state}'`).join(', ')})),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  claimed_until INTEGER,
  last_error TEXT,
  payload TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX IF NOT EXISTS outbox_lead ON outbox (lead_id);
CREATE TRIGGER IF NOT EXISTS outbox_follows_leads AFTER DELETE ON leads BEGIN DELETE FROM outbox WHERE lead_id = old.id; END;`;

export interface RetryPolicy {
  /** Attempts before a delivery is `dead`. */
  maxAttempts: number;
  /** The wait before the second attempt; each next wait doubles, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** How long a claim holds: a row still `sending` after this is claimed again. */
  claimMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 12, firstDelayMs: 30_000, maxDelayMs: 60 * 60_000, claimMs: 5 * 60_000 };

/**
 * The wait after failed attempt `attempt` (1-based): exponential, capped, with "equal jitter" (half
 * fixed, half random), so deliveries that failed together do not all come back at once.
 */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The idempotency key of one delivery: the lead (its id and when it arrived, as ids may be reused after a purge) and the destination. */
export function idempotencyKey(lead: Pick<CommittedLead, 'id' | 'receivedAt'>, destination: string): string {
  return `wegwijzer.${lead.id}.${Date.parse(lead.receivedAt)}.${destination}`;
}

export interface Delivery {
  id: number;
  leadId: number;
  destination: string;
  key: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | undefined;
  createdAt: string;
  sentAt: string | undefined;
}

/** A claimed delivery with what it sends. */
export interface ClaimedDelivery extends Delivery {
  lead: CommittedLead;
}

interface Row {
  id: number;
  lead_id: number;
  destination: string;
  idempotency_key: string;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  payload: string | null;
  created_at: string;
  sent_at: string | null;
}

function fromRow(row: Row): Delivery {
  return {
    id: Number(row.id),
    leadId: Number(row.lead_id),
    destination: row.destination,
    key: row.idempotency_key,
    state: row.state,
    attempts: Number(row.attempts),
    nextAttemptAt: new Date(Number(row.next_attempt_at)),
    lastError: row.last_error ?? undefined,
    createdAt: row.created_at,
    sentAt: row.sent_at ?? undefined,
  };
}

/** The outcome of a failed attempt, as the worker reports it. */
export type FailureOutcome = { state: 'pending'; nextAttemptAt: Date } | { state: 'dead' };

export class Outbox implements LeadCommitHook {
  #db: DatabaseSync | undefined;
  readonly #destinations: (lead: CommittedLead) => readonly string[];
  readonly #policy: RetryPolicy;
  readonly #random: () => number;
  readonly #onEnqueue: (() => void) | undefined;

  /**
   * `destinations`: where a lead goes (see destinationsFor in channels.ts). `onEnqueue` is told after
   * rows were added, so a worker in the same process can start at once.
   */
  constructor(destinations: (lead: CommittedLead) => readonly string[], options: { policy?: RetryPolicy; random?: () => number; onEnqueue?: () => void } = {}) {
    this.#destinations = destinations;
    this.#policy = options.policy ?? DEFAULT_RETRY;
    this.#random = options.random ?? Math.random;
    this.#onEnqueue = options.onEnqueue;
  }

  get policy(): RetryPolicy {
    return this.#policy;
  }

  attach(db: DatabaseSync): void {
    db.exec(SCHEMA);
    this.#db = db;
  }

  committed(lead: CommittedLead, now = new Date()): void {
    const insert = this.#database().prepare(
      "INSERT INTO outbox (lead_id, destination, idempotency_key, state, next_attempt_at, payload, created_at) VALUES (?, ?, ?, 'pending', ?, ?, ?)",
    );
    const destinations = this.#destinations(lead);
    for (const destination of destinations) insert.run(lead.id, destination, idempotencyKey(lead, destination), now.getTime(), JSON.stringify(lead), now.toISOString());
    // Told after the caller's transaction has committed, not inside it.
    if (destinations.length > 0 && this.#onEnqueue !== undefined) queueMicrotask(this.#onEnqueue);
  }

  /**
   * Claims the oldest due delivery to one of `destinations` (those the server can send to now) in one statement (so two workers never claim the same row): a
   * pending one whose time has come, or one still `sending` whose claim has run out (its worker died).
   */
  claim(destinations: readonly string[], now = new Date()): ClaimedDelivery | undefined {
    if (destinations.length === 0) return undefined;
    const among = destinations.map(() => '?').join(', ');
    const row = this.#database()
      .prepare(
        `UPDATE outbox SET state = 'sending', claimed_until = ?, attempts = attempts + 1
         WHERE id = (SELECT id FROM outbox WHERE destination IN (${among}) AND ((state = 'pending' AND next_attempt_at <= ?) OR (state = 'sending' AND claimed_until <= ?)) ORDER BY next_attempt_at, id LIMIT 1)
         RETURNING *`,
      )
      .get(now.getTime() + this.#policy.claimMs, ...destinations, now.getTime(), now.getTime()) as Row | undefined;
    if (row === undefined) return undefined;
    return { ...fromRow(row), lead: JSON.parse(row.payload ?? '{}') as CommittedLead };
  }

  /** Marks a claimed delivery as sent and forgets its payload: the lead itself stays in the leads. */
  markSent(id: number, now = new Date()): void {
    this.#database().prepare("UPDATE outbox SET state = 'sent', sent_at = ?, claimed_until = NULL, last_error = NULL, payload = NULL WHERE id = ?").run(now.toISOString(), id);
  }

  /**
   * Records a failed attempt: the next one after the backoff, or `dead` after the last attempt or
   * when the destination refused for good (`permanent`). `error` must hold no personal data.
   */
  markFailed(id: number, error: string, options: { permanent?: boolean; now?: Date } = {}): FailureOutcome {
    const now = options.now ?? new Date();
    const row = this.#database().prepare('SELECT attempts FROM outbox WHERE id = ?').get(id) as { attempts: number } | undefined;
    const attempts = Number(row?.attempts ?? 0);
    if (options.permanent || attempts >= this.#policy.maxAttempts) {
      this.#database().prepare("UPDATE outbox SET state = 'dead', claimed_until = NULL, last_error = ? WHERE id = ?").run(error, id);
      return { state: 'dead' };
    }
    const next = new Date(now.getTime() + backoffMs(attempts, this.#policy, this.#random));
    this.#database().prepare("UPDATE outbox SET state = 'pending', claimed_until = NULL, last_error = ?, next_attempt_at = ? WHERE id = ?").run(error, next.getTime(), id);
    return { state: 'pending', nextAttemptAt: next };
  }

  /**
   * At the start of the only worker of this database: what a stopped or killed process left
   * `sending` is due again now. The destination may have received it already (see docs/leads.md,
   * "At least once"): the idempotency key lets it recognise the repeat.
   */
  recover(now = new Date()): number {
    return Number(this.#database().prepare("UPDATE outbox SET state = 'pending', claimed_until = NULL, next_attempt_at = ? WHERE state = 'sending'").run(now.getTime()).changes);
  }

  /** Deliveries not yet sent (pending, failed and waiting, sending, dead), oldest first. */
  unsent(): Delivery[] {
    return (this.#database().prepare("SELECT * FROM outbox WHERE state != 'sent' ORDER BY id").all() as unknown as Row[]).map(fromRow);
  }

  /** How many deliveries are in each state. */
  counts(): Record<DeliveryState, number> {
    const counts = Object.fromEntries(DELIVERY_STATES.map((state) => [state, 0])) as Record<DeliveryState, number>;
    for (const row of this.#database().prepare('SELECT state, count(*) AS n FROM outbox GROUP BY state').all() as { state: DeliveryState; n: number }[]) counts[row.state] = Number(row.n);
    return counts;
  }

  /**
   * Makes deliveries due now, with a fresh count of attempts: one by id (pending or dead), or every
   * dead one. Returns how many; a sent delivery is never sent again this way.
   */
  retry(which: { id: number } | 'dead', now = new Date()): number {
    const where = which === 'dead' ? "state = 'dead'" : "id = ? AND state IN ('pending', 'dead')";
    const params = which === 'dead' ? [] : [which.id];
    return Number(
      this.#database()
        .prepare(`UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?, claimed_until = NULL WHERE ${where}`)
        .run(now.getTime(), ...params).changes,
    );
  }

  /** When the next pending delivery to one of `destinations` is due, if any. */
  nextDue(destinations: readonly string[]): Date | undefined {
    if (destinations.length === 0) return undefined;
    const row = this.#database()
      .prepare(`SELECT min(next_attempt_at) AS at FROM outbox WHERE state = 'pending' AND destination IN (${destinations.map(() => '?').join(', ')})`)
      .get(...destinations) as { at: number | null };
    return row.at === null ? undefined : new Date(Number(row.at));
  }

  #database(): DatabaseSync {
    if (this.#db === undefined) throw new Error('the outbox is used before the lead store opened it (pass it as `onCommit` to LeadStore)');
    return this.#db;
  }
}
