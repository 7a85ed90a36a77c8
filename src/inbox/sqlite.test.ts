import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, transaction } from './sqlite.ts';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('transaction', () => {
  it('reports a full disk as such, not as a failed rollback, and leaves the database usable', () => {
    folder = mkdtempSync(join(tmpdir(), 'wegwijzer-sqlite-'));
    // A database that may not grow past a few pages is full the way a full disk is: SQLite
    // rolls the transaction back itself, so there is nothing left to roll back.
    const db = openDatabase(join(folder, 'full.db'), 'PRAGMA journal_mode = WAL; CREATE TABLE t (x TEXT PRIMARY KEY) WITHOUT ROWID; PRAGMA max_page_count = 4;');
    try {
      const fill = () => transaction(db, () => {
        for (let row = 0; row < 1000; row++) db.prepare('INSERT INTO t VALUES (?)').run(`${row}${'x'.repeat(1000)}`);
      });
      expect(fill).toThrow(/^database or disk is full$/);
      expect(db.isTransaction).toBe(false);
      expect(transaction(db, () => db.prepare('INSERT INTO t VALUES (?)').run('small').changes)).toBe(1);
    } finally {
      db.close();
    }
  });

  it('rolls back what the work wrote when it throws, and passes its error on', () => {
    folder = mkdtempSync(join(tmpdir(), 'wegwijzer-sqlite-'));
    const db = openDatabase(join(folder, 'rollback.db'), 'CREATE TABLE t (x TEXT);');
    try {
      expect(() => transaction(db, () => {
        db.prepare('INSERT INTO t VALUES (?)').run('gone');
        throw new Error('work failed');
      })).toThrow('work failed');
      expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
