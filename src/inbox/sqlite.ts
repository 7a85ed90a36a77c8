/**
 * Opening a SQLite file of the site (node:sqlite), shared by the lead inbox and the stats store: a
 * missing folder and file are created for the server's user only (0700, 0600; SQLite gives the -wal
 * and -shm files the mode of the database file; existing modes are left alone), then the pragmas
 * and schema run. A failure names the file, what chose it, and what the folder needs. Writes that
 * belong together go through `transaction`.
 */
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

export function openDatabase(path: string, setup: string): DatabaseSync {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, 'a', 0o600));
  }
  const db = new DatabaseSync(path);
  try {
    db.exec(setup);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Runs `open`; a failure becomes an error naming the store, its file and the option that chose it. */
export function openNamed<T>(what: string, path: string, chosenBy: string, open: () => T): T {
  try {
    return open();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the ${what} ${path} (${chosenBy}): ${reason}. Its folder must exist or be creatable, and be writable by the user the server runs as.`, { cause: error });
  }
}

/**
 * Runs `work` in a write transaction (BEGIN IMMEDIATE … COMMIT) and returns its result. On an
 * error SQLite may already have rolled the transaction back itself (a full disk, an I/O error):
 * then there is nothing to roll back, and the error that stopped the work is the one reported,
 * never a failed ROLLBACK in its place. Called inside another transaction, `work` joins it: the
 * outer one commits or rolls back the whole (a sign-up stores its lead and its seat as one).
 */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
  if (db.isTransaction) return work();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // The error that stopped the work is the one to report; this one would only hide it.
      }
    }
    throw error;
  }
}
