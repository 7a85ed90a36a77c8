/**
 * The inbox's SQLite store, on Node's built-in `node:sqlite`. WAL with synchronous=FULL: an
 * insert returns only after its commit is on disk, so a lead the endpoint acknowledged survives
 * a crash of the process. Values are stored as text, exactly as given. Submissions that look like
 * spam go to a separate `quarantine` table with the reason, never into the leads, until released.
 */
import type { DatabaseSync } from 'node:sqlite';
import { openDatabase, openNamed, transaction } from './sqlite.ts';
import type { ConsentTexts } from '../forms/consent.ts';
import { addDuration, subtractDuration } from '../forms/retention.ts';
import type { Lead, SpamReason } from '../forms/validate.ts';
import type { LeadKind } from '../forms/kinds.ts';

/** Where an event sign-up stands; empty for the other kinds. */
export type SignUpStatus = 'confirmed' | 'waiting' | 'cancelled';

export interface StoredLead {
  id: number;
  receivedAt: string;
  expiresAt: string;
  kind: LeadKind;
  /** The id of the download or event (see `kind`). */
  download: string;
  /** Event sign-ups only: confirmed, waiting or cancelled; '' for the other kinds. */
  status: SignUpStatus | '';
  /** Event sign-ups only: the seats it takes (its number of people); 0 for the other kinds. */
  seats: number;
  page: string;
  persona: string;
  phase: string;
  name: string;
  email: string;
  organisation: string;
  phone: string;
  /** A contact request: the channel and part of the day the citizen chose; '' otherwise. */
  channel: string;
  dayPart: string;
  contact: boolean;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  utmTerm: string;
  utmContent: string;
  consentText: string;
  /** The label of the further-contact box as the visitor saw it, whether ticked or not. */
  contactText: string;
}

export interface QuarantinedLead extends StoredLead {
  /** Why the submission was judged as spam: `honeypot` or `too-fast`. */
  reason: SpamReason;
}

/** The outcome of a purge: rows deleted, and whether their old pages left the database files. */
export interface PurgeResult {
  purged: number;
  /**
   * True when the write-ahead log was folded into the database file and emptied. False when
   * another connection's read transaction kept it: the purged data is then still in the files.
   */
  removedFromFiles: boolean;
}

/**
 * A lead as committed, for what delivers it further (src/delivery): what the visitor gave, and where.
 * Whoever needs more reads it from the store by `id`.
 */
export interface CommittedLead {
  id: number;
  receivedAt: string;
  /** What the lead is for; `download` holds that thing's id (a download, an event or a contact request). */
  kind: LeadKind;
  download: string;
  page: string;
  persona: string;
  phase: string;
  /** The form's fields as given (empty ones left out). */
  fields: Readonly<Record<string, string>>;
  contact: boolean;
  consent: { processing: string; contact: string };
  /** The visitor's e-mail address, when they gave one. */
  email?: string;
}

/**
 * What else is written when a lead is stored: `committed` runs inside the transaction that stores
 * the lead (an insert, or a release from quarantine), so what it writes commits or rolls back with it.
 */
export interface LeadCommitHook {
  /** Once, when the store opens, on its connection: create its own tables in the same database. */
  attach(db: DatabaseSync): void;
  committed(lead: CommittedLead): void;
}

export interface StoreOptions {
  /** Writes that belong with every stored lead (the delivery outbox). */
  onCommit?: LeadCommitHook;
  /**
   * How long a statement waits, blocking, for a lock held by another connection. The server
   * uses 0 and retries asynchronously (see `retryWhileBusy`), so a lock never stalls it.
   */
  busyTimeoutMs?: number;
}

export interface LeadStats {
  download: string;
  persona: string;
  phase: string;
  leads: number;
}

/** The columns a lead and a quarantined submission share, with their types. */
const LEAD_COLUMN_TYPES = {
  received_at: 'TEXT',
  expires_at: 'TEXT',
  kind: 'TEXT',
  download: 'TEXT',
  page: 'TEXT',
  persona: 'TEXT',
  phase: 'TEXT',
  fields: 'TEXT',
  contact: 'INTEGER',
  utm: 'TEXT',
  consent_text: 'TEXT',
  contact_text: 'TEXT',
} as const;
const LEAD_COLUMNS = Object.keys(LEAD_COLUMN_TYPES).join(', ');
const LEAD_PLACEHOLDERS = Object.keys(LEAD_COLUMN_TYPES).map(() => '?').join(', ');
/**
 * Columns added after the first release, with the value rows stored before them get: created with
 * the table, and added to a store an older version made (see `addMissingColumns`).
 */
const ADDED_COLUMNS = {
  quarantine: { kind: "TEXT NOT NULL DEFAULT 'download'" },
  leads: { kind: "TEXT NOT NULL DEFAULT 'download'", status: "TEXT NOT NULL DEFAULT ''", seats: 'INTEGER NOT NULL DEFAULT 0' },
} as const;
const added = (table: keyof typeof ADDED_COLUMNS) => Object.entries(ADDED_COLUMNS[table]).map(([name, type]) => `, ${name} ${type}`).join('');

const LEAD_COLUMN_DEFINITIONS = Object.entries(LEAD_COLUMN_TYPES)
  .filter(([name]) => !(name in ADDED_COLUMNS.quarantine))
  .map(([name, type]) => `${name} ${type} NOT NULL`)
  .join(', ');


const SCHEMA = `
CREATE TABLE IF NOT EXISTS leads (id INTEGER PRIMARY KEY, ${LEAD_COLUMN_DEFINITIONS}${added('leads')});
CREATE INDEX IF NOT EXISTS leads_expires_at ON leads (expires_at);
CREATE TABLE IF NOT EXISTS quarantine (id INTEGER PRIMARY KEY, reason TEXT NOT NULL, ${LEAD_COLUMN_DEFINITIONS}${added('quarantine')});`;

/** What a sign-up needs of its event to be given a seat or a place on the waiting list. */
export interface SeatedEvent {
  capacity: number;
}

/** A sign-up as its own page shows it. */
export interface SignUp {
  id: number;
  receivedAt: string;
  event: string;
  page: string;
  status: SignUpStatus;
}

/** The tables purge applies retention to. */
const TABLES = ['leads', 'quarantine'] as const;

export class LeadStore {
  readonly #db: DatabaseSync;
  readonly #onCommit: LeadCommitHook | undefined;

  constructor(path: string, options: StoreOptions = {}) {
    // Personal data: a new folder and file are for the server's user only (see openDatabase).
    // secure_delete: a purged lead is overwritten, not left readable in the file's free pages.
    const busyTimeout = Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000));
    this.#db = openDatabase(path, `PRAGMA busy_timeout = ${busyTimeout}; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;${SCHEMA}`);
    this.#addMissingColumns();
    this.#onCommit = options.onCommit;
    this.#onCommit?.attach(this.#db);
  }

  /** A store an older version made gets the columns added since; its rows get their defaults (kind `download`). */
  #addMissingColumns(): void {
    for (const [table, columns] of Object.entries(ADDED_COLUMNS)) {
      const present = new Set((this.#db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name));
      for (const [name, type] of Object.entries(columns)) {
        if (present.has(name)) continue;
        try {
          this.#db.exec(`ALTER TABLE ${table} ADD COLUMN ${name} ${type}`);
        } catch (error) {
          // Another process opening the same old store added it first.
          if (!String((error as Error).message).includes('duplicate column')) throw error;
        }
      }
    }
  }

  /** Opens (creating when missing) the store at `path`; a failure names the file and what chose it. */
  static open(path: string, chosenBy: string, options: StoreOptions = {}): LeadStore {
    return openNamed('lead store', path, chosenBy, () => new LeadStore(path, options));
  }

  /**
   * Stores a lead and returns its id once committed. The expiry is fixed now, from the
   * retention the visitor was shown, so a later change of `retention` cannot extend it.
   * Throws (SQLITE_BUSY) at once when another connection holds the write lock and the busy
   * timeout is 0.
   */
  insert(lead: Lead, consent: ConsentTexts, retention: string, now = new Date()): number {
    return transaction(this.#db, () => {
      const result = this.#db
        .prepare(`INSERT INTO leads (${LEAD_COLUMNS}) VALUES (${LEAD_PLACEHOLDERS})`)
        .run(...leadValues(lead, consent, retention, now));
      return this.#committed(Number(result.lastInsertRowid));
    });
  }

  /**
   * Stores an event sign-up and gives it a seat or a place on the waiting list, in one write
   * transaction (BEGIN IMMEDIATE): no other connection counts the seats between the count and the
   * insert, so with capacity N exactly N seats are ever confirmed. A sign-up is confirmed when its
   * seats fit and nobody waits before it (first come, first served); otherwise it waits.
   */
  signUp(lead: Lead, consent: ConsentTexts, retention: string, event: SeatedEvent, now = new Date()): { id: number; status: 'confirmed' | 'waiting' } {
    return transaction(this.#db, () => {
      const seats = seatsOf(lead);
      const status = this.#waitingCount(lead.download) === 0 && this.#confirmedSeats(lead.download) + seats <= event.capacity ? 'confirmed' : 'waiting';
      const id = this.insert(lead, consent, retention, now);
      this.#db.prepare('UPDATE leads SET status = ?, seats = ? WHERE id = ?').run(status, seats, id);
      return { id, status };
    });
  }

  /** A sign-up by its id; undefined when there is none (never was, purged, or not a sign-up). */
  signUpOf(id: number): SignUp | undefined {
    const row = this.#db.prepare("SELECT id, received_at, download, page, status FROM leads WHERE id = ? AND kind = 'event'").get(id) as
      | { id: number; received_at: string; download: string; page: string; status: SignUpStatus }
      | undefined;
    return row && { id: Number(row.id), receivedAt: row.received_at, event: row.download, page: row.page, status: row.status };
  }

  /**
   * Cancels a confirmed or waiting sign-up and, in the same transaction, gives the freed seats to
   * the waiting list in order. Returns the ids promoted; undefined when there was nothing to
   * cancel (an unknown id, or cancelled already: cancelling twice changes nothing).
   */
  cancelSignUp(id: number, event: SeatedEvent): number[] | undefined {
    return transaction(this.#db, () => {
      const row = this.#db.prepare("SELECT download, status FROM leads WHERE id = ? AND kind = 'event'").get(id) as { download: string; status: SignUpStatus } | undefined;
      if (row === undefined || row.status === 'cancelled') return undefined;
      this.#db.prepare("UPDATE leads SET status = 'cancelled' WHERE id = ?").run(id);
      return this.#promote(row.download, event);
    });
  }

  /** Confirms waiting sign-ups of an event, oldest first, while their seats fit; stops at the first that does not. */
  #promote(eventId: string, event: SeatedEvent): number[] {
    const waiting = this.#db.prepare("SELECT id, seats FROM leads WHERE kind = 'event' AND download = ? AND status = 'waiting' ORDER BY id").all(eventId) as { id: number; seats: number }[];
    let taken = this.#confirmedSeats(eventId);
    const promoted: number[] = [];
    for (const next of waiting) {
      if (taken + Number(next.seats) > event.capacity) break;
      this.#db.prepare("UPDATE leads SET status = 'confirmed' WHERE id = ?").run(next.id);
      taken += Number(next.seats);
      promoted.push(Number(next.id));
    }
    return promoted;
  }

  #confirmedSeats(eventId: string): number {
    const row = this.#db.prepare("SELECT coalesce(sum(seats), 0) AS n FROM leads WHERE kind = 'event' AND download = ? AND status = 'confirmed'").get(eventId) as { n: number };
    return Number(row.n);
  }

  #waitingCount(eventId: string): number {
    const row = this.#db.prepare("SELECT count(*) AS n FROM leads WHERE kind = 'event' AND download = ? AND status = 'waiting'").get(eventId) as { n: number };
    return Number(row.n);
  }

  /** Every sign-up of an event, oldest first, cancelled ones included. */
  attendees(eventId: string): StoredLead[] {
    return (this.#db.prepare("SELECT * FROM leads WHERE kind = 'event' AND download = ? ORDER BY id").all(eventId) as unknown as LeadRow[]).map(fromRow);
  }

  /** Stores a submission judged as spam apart from the leads, with the reason; returns its id. */
  quarantine(lead: Lead, consent: ConsentTexts, retention: string, reason: SpamReason, now = new Date()): number {
    const result = this.#db
      .prepare(`INSERT INTO quarantine (reason, ${LEAD_COLUMNS}) VALUES (?, ${LEAD_PLACEHOLDERS})`)
      .run(reason, ...leadValues(lead, consent, retention, now));
    return Number(result.lastInsertRowid);
  }

  /**
   * Moves a quarantined submission to the leads, in one transaction, and returns its new lead
   * id; undefined when there is no quarantined submission with that id.
   */
  release(quarantineId: number, events: ReadonlyMap<string, SeatedEvent> = new Map()): number | undefined {
    return transaction(this.#db, () => {
      const moved = this.#db
        .prepare(`INSERT INTO leads (${LEAD_COLUMNS}) SELECT ${LEAD_COLUMNS} FROM quarantine WHERE id = ?`)
        .run(quarantineId);
      // Nothing was moved, so committing the transaction writes nothing.
      if (Number(moved.changes) === 0) return undefined;
      this.#db.prepare('DELETE FROM quarantine WHERE id = ?').run(quarantineId);
      const id = Number(moved.lastInsertRowid);
      // A released sign-up joins the waiting list as the latest, and gets a seat when one is free.
      const row = this.#db.prepare("SELECT download, fields FROM leads WHERE id = ? AND kind = 'event'").get(id) as { download: string; fields: string } | undefined;
      if (row !== undefined) {
        const seats = seatsOf({ fields: JSON.parse(row.fields) as Lead['fields'] });
        this.#db.prepare("UPDATE leads SET status = 'waiting', seats = ? WHERE id = ?").run(seats, id);
        this.#promote(row.download, events.get(row.download) ?? { capacity: 0 });
      }
      return this.#committed(id);
    });
  }

  /**
   * Deletes leads and quarantined submissions whose retention has passed: the expiry fixed when
   * one arrived, or sooner when its download's `retention` has since been shortened
   * (`retentions`: download id → current retention). A longer retention never keeps a lead past
   * what was shown. Then, also when nothing was deleted, folds the write-ahead log into the
   * database file and empties it (see `checkpoint`).
   */
  purge(now = new Date(), retentions: ReadonlyMap<string, string> = new Map()): PurgeResult {
    let purged = 0;
    for (const table of TABLES) {
      purged += Number(this.#db.prepare(`DELETE FROM ${table} WHERE expires_at <= ?`).run(now.toISOString()).changes);
      const older = this.#db.prepare(`DELETE FROM ${table} WHERE download = ? AND received_at <= ?`);
      for (const [download, retention] of retentions) purged += Number(older.run(download, subtractDuration(now, retention).toISOString()).changes);
    }
    return { purged, removedFromFiles: this.checkpoint() };
  }

  /**
   * Copies every page of the write-ahead log into the database file and truncates the log, so
   * what was deleted (and overwritten, `secure_delete`) is gone from both files. False when a
   * read transaction of another connection kept part of the log in use (SQLite reports `busy`).
   */
  checkpoint(): boolean {
    const row = this.#db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get() as { busy: number; log: number; checkpointed: number };
    return Number(row.busy) === 0 && Number(row.log) === Number(row.checkpointed);
  }

  count(): number {
    const row = this.#db.prepare('SELECT count(*) AS n FROM leads').get() as { n: number };
    return Number(row.n);
  }

  all(): StoredLead[] {
    return (this.#db.prepare('SELECT * FROM leads ORDER BY id').all() as unknown as LeadRow[]).map(fromRow);
  }

  quarantined(): QuarantinedLead[] {
    return (this.#db.prepare('SELECT * FROM quarantine ORDER BY id').all() as unknown as (LeadRow & { reason: SpamReason })[]).map((row) => ({ ...fromRow(row), reason: row.reason }));
  }

  quarantineCount(): number {
    const row = this.#db.prepare('SELECT count(*) AS n FROM quarantine').get() as { n: number };
    return Number(row.n);
  }

  stats(): LeadStats[] {
    return this.#db
      .prepare('SELECT download, persona, phase, count(*) AS leads FROM leads GROUP BY download, persona, phase ORDER BY download, persona, phase')
      .all() as unknown as LeadStats[];
  }

  close(): void {
    this.#db.close();
  }

  /** The one place a new lead is handed on, inside its transaction; returns its id. */
  #committed(id: number): number {
    if (this.#onCommit === undefined) return id;
    const row = this.#db.prepare('SELECT * FROM leads WHERE id = ?').get(id) as unknown as LeadRow;
    const fields = Object.fromEntries(Object.entries(JSON.parse(row.fields) as Record<string, string | undefined>).filter((entry): entry is [string, string] => Boolean(entry[1])));
    this.#onCommit.committed({
      id,
      receivedAt: row.received_at,
      kind: row.kind,
      download: row.download,
      page: row.page,
      persona: row.persona,
      phase: row.phase,
      fields,
      contact: row.contact === 1,
      consent: { processing: row.consent_text, contact: row.contact_text },
      ...(fields.email === undefined ? {} : { email: fields.email }),
    });
    return id;
  }
}

/** The values of LEAD_COLUMNS, in order. */
function leadValues(lead: Lead, consent: ConsentTexts, retention: string, now: Date): (string | number)[] {
  return [
    now.toISOString(),
    addDuration(now, retention).toISOString(),
    lead.kind,
    lead.download,
    lead.page,
    lead.persona,
    lead.phase,
    JSON.stringify(lead.fields),
    lead.contact ? 1 : 0,
    JSON.stringify(lead.utm),
    consent.processing,
    consent.contact,
  ];
}

/** SQLite refused because another connection holds a lock (SQLITE_BUSY or SQLITE_LOCKED). */
export function isBusy(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' && ((code & 0xff) === 5 || (code & 0xff) === 6);
}

/**
 * Runs `write` until it no longer fails with a lock, waiting asynchronously between attempts,
 * for at most `boundMs`; then the last error is thrown. The event loop stays free meanwhile.
 */
export async function retryWhileBusy<T>(write: () => T, boundMs: number): Promise<T> {
  const deadline = Date.now() + boundMs;
  for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
    try {
      return write();
    } catch (error) {
      if (!isBusy(error) || Date.now() + delay > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** The seats a sign-up takes: its number of people, or one. */
function seatsOf(lead: Pick<Lead, 'fields'>): number {
  const people = Number(lead.fields.people ?? '1');
  return Number.isInteger(people) && people > 0 ? people : 1;
}

interface LeadRow {
  id: number;
  received_at: string;
  expires_at: string;
  kind: LeadKind;
  download: string;
  status?: SignUpStatus | '';
  seats?: number;
  page: string;
  persona: string;
  phase: string;
  fields: string;
  contact: number;
  utm: string;
  consent_text: string;
  contact_text: string;
}

function fromRow(row: LeadRow): StoredLead {
  const fields = JSON.parse(row.fields) as Record<string, string | undefined>;
  const utm = JSON.parse(row.utm) as Record<string, string | undefined>;
  return {
    id: row.id,
    receivedAt: row.received_at,
    expiresAt: row.expires_at,
    kind: row.kind,
    download: row.download,
    status: row.status ?? '',
    seats: Number(row.seats ?? 0),
    page: row.page,
    persona: row.persona,
    phase: row.phase,
    name: fields.name ?? '',
    email: fields.email ?? '',
    organisation: fields.organisation ?? '',
    phone: fields.phone ?? '',
    channel: fields.channel ?? '',
    dayPart: fields.dayPart ?? '',
    contact: row.contact === 1,
    utmSource: utm.utm_source ?? '',
    utmMedium: utm.utm_medium ?? '',
    utmCampaign: utm.utm_campaign ?? '',
    utmTerm: utm.utm_term ?? '',
    utmContent: utm.utm_content ?? '',
    consentText: row.consent_text,
    contactText: row.contact_text,
  };
}
