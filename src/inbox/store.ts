/**
 * The inbox's SQLite store, on Node's built-in `node:sqlite`. WAL with synchronous=FULL: an
 * insert returns only after its commit is on disk, so a lead the endpoint acknowledged survives
 * a crash of the process. Values are stored as text, exactly as given.
 */
import type { DatabaseSync } from 'node:sqlite';
import { openDatabase, openNamed } from './sqlite.ts';
import type { ConsentTexts } from '../forms/consent.ts';
import { addDuration, subtractDuration } from '../forms/retention.ts';
import type { Lead } from '../forms/validate.ts';

export interface StoredLead {
  id: number;
  receivedAt: string;
  expiresAt: string;
  download: string;
  page: string;
  persona: string;
  phase: string;
  name: string;
  email: string;
  organisation: string;
  phone: string;
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

export interface LeadStats {
  download: string;
  persona: string;
  phase: string;
  leads: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS leads (
  id INTEGER PRIMARY KEY,
  received_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  download TEXT NOT NULL,
  page TEXT NOT NULL,
  persona TEXT NOT NULL,
  phase TEXT NOT NULL,
  fields TEXT NOT NULL,
  contact INTEGER NOT NULL,
  utm TEXT NOT NULL,
  consent_text TEXT NOT NULL,
  contact_text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS leads_expires_at ON leads (expires_at);`;

export class LeadStore {
  readonly #db: DatabaseSync;

  constructor(path: string) {
    // Personal data: a new folder and file are for the server's user only (see openDatabase).
    // secure_delete: a purged lead is overwritten, not left readable in the file's free pages.
    this.#db = openDatabase(path, `PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;${SCHEMA}`);
  }

  /** Opens (creating when missing) the store at `path`; a failure names the file and what chose it. */
  static open(path: string, chosenBy: string): LeadStore {
    return openNamed('lead store', path, chosenBy, () => new LeadStore(path));
  }

  /**
   * Stores a lead and returns its id once committed. The expiry is fixed now, from the
   * retention the visitor was shown, so a later change of `retention` cannot extend it.
   */
  insert(lead: Lead, consent: ConsentTexts, retention: string, now = new Date()): number {
    const result = this.#db
      .prepare(
        `INSERT INTO leads (received_at, expires_at, download, page, persona, phase, fields, contact, utm, consent_text, contact_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        now.toISOString(),
        addDuration(now, retention).toISOString(),
        lead.download,
        lead.page,
        lead.persona,
        lead.phase,
        JSON.stringify(lead.fields),
        lead.contact ? 1 : 0,
        JSON.stringify(lead.utm),
        consent.processing,
        consent.contact,
      );
    return Number(result.lastInsertRowid);
  }

  /**
   * Deletes leads whose retention has passed and returns how many: the expiry fixed when a lead
   * arrived, or sooner when its download's `retention` has since been shortened (`retentions`:
   * download id → current retention). A longer retention never keeps a lead past what was shown.
   */
  purge(now = new Date(), retentions: ReadonlyMap<string, string> = new Map()): number {
    let purged = Number(this.#db.prepare('DELETE FROM leads WHERE expires_at <= ?').run(now.toISOString()).changes);
    const older = this.#db.prepare('DELETE FROM leads WHERE download = ? AND received_at <= ?');
    for (const [download, retention] of retentions) purged += Number(older.run(download, subtractDuration(now, retention).toISOString()).changes);
    // The write-ahead log still holds the pages as they were; fold it into the file and empty it.
    if (purged > 0) this.#db.exec('PRAGMA wal_checkpoint(TRUNCATE);');
    return purged;
  }

  count(): number {
    const row = this.#db.prepare('SELECT count(*) AS n FROM leads').get() as { n: number };
    return Number(row.n);
  }

  all(): StoredLead[] {
    return (this.#db.prepare('SELECT * FROM leads ORDER BY id').all() as unknown as LeadRow[]).map(fromRow);
  }

  stats(): LeadStats[] {
    return this.#db
      .prepare('SELECT download, persona, phase, count(*) AS leads FROM leads GROUP BY download, persona, phase ORDER BY download, persona, phase')
      .all() as unknown as LeadStats[];
  }

  close(): void {
    this.#db.close();
  }
}

interface LeadRow {
  id: number;
  received_at: string;
  expires_at: string;
  download: string;
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
    download: row.download,
    page: row.page,
    persona: row.persona,
    phase: row.phase,
    name: fields.name ?? '',
    email: fields.email ?? '',
    organisation: fields.organisation ?? '',
    phone: fields.phone ?? '',
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
