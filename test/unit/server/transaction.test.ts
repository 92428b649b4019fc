// A transaction that fails says why: on a full disk SQLite rolls back by itself, and the error
// thrown is "database or disk is full", not the "no transaction is active" of a second ROLLBACK.
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { transaction } from '../../../src/server/store/database.ts';

function fullDatabase() {
  const db = new DatabaseSync(':memory:');
  db.exec('CREATE TABLE notes (body BLOB)');
  const { page_count: pages } = db.prepare('PRAGMA page_count').get() as { page_count: number };
  // A disk with room for two more pages: the first large write fills it.
  db.exec(`PRAGMA max_page_count = ${pages + 2}`);
  return db;
}

describe('transaction', () => {
  it('throws the error that stopped the work when SQLite already rolled back (full disk)', () => {
    const db = fullDatabase();
    const insert = db.prepare('INSERT INTO notes VALUES (?)');
    expect(() =>
      transaction(db, () => {
        for (let i = 0; i < 20; i += 1) insert.run(Buffer.alloc(100_000));
      }),
    ).toThrow(/database or disk is full/);
    expect(db.isTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
  });

  it('rolls back what the work wrote when the work itself fails', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE notes (body TEXT)');
    expect(() =>
      transaction(db, () => {
        db.prepare('INSERT INTO notes VALUES (?)').run('half');
        throw new Error('the work failed');
      }),
    ).toThrow('the work failed');
    expect(db.isTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
  });
});
