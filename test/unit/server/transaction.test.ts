// A transaction that fails says why: on a full disk SQLite rolls back by itself, and the error
// thrown is "database or disk is full", not the "no transaction is active" of a second ROLLBACK.
// And while a transaction's work awaits, it holds the connection: a statement from outside it
// waits for it to end, and never sees what it has not committed.
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createSqliteClient } from '../../../src/server/store/sql/sqlite-client.ts';

function fullDatabase() {
  const db = new DatabaseSync(':memory:');
  db.exec('CREATE TABLE notes (body BLOB)');
  const { page_count: pages } = db.prepare('PRAGMA page_count').get() as { page_count: number };
  // A disk with room for two more pages: the first large write fills it.
  db.exec(`PRAGMA max_page_count = ${pages + 2}`);
  return db;
}

describe('transaction', () => {
  it('throws the error that stopped the work when SQLite already rolled back (full disk)', async () => {
    const db = fullDatabase();
    const sql = createSqliteClient(db);
    await expect(
      sql.transaction(async () => {
        for (let i = 0; i < 20; i += 1) {
          await sql.run('INSERT INTO notes VALUES (?)', [Buffer.alloc(100_000)]);
        }
      }),
    ).rejects.toThrow(/database or disk is full/);
    expect(db.isTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
  });

  it('rolls back what the work wrote when the work itself fails', async () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE notes (body TEXT)');
    const sql = createSqliteClient(db);
    await expect(
      sql.transaction(async () => {
        await sql.run('INSERT INTO notes VALUES (?)', ['half']);
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(db.isTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
  });

  it('makes a statement from outside wait while its work awaits, unable to see its uncommitted row', async () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE notes (body TEXT)');
    const sql = createSqliteClient(db);
    let written!: (seenInside: unknown) => void;
    const wrote = new Promise<unknown>((resolve) => {
      written = resolve;
    });
    let fail!: (error: Error) => void;
    const failing = new Promise<never>((_resolve, reject) => {
      fail = reject;
    });
    const transaction = sql.transaction(async () => {
      await sql.run('INSERT INTO notes VALUES (?)', ['uncommitted']);
      written(await sql.get('SELECT count(*) AS n FROM notes'));
      // The work awaits something outside the database (a request, say), then fails.
      await failing;
    });
    // Inside, the work sees its own row.
    expect(await wrote).toEqual({ n: 1 });
    expect(db.isTransaction).toBe(true);

    let answered = false;
    const outside = sql.get('SELECT count(*) AS n FROM notes').then((row) => {
      answered = true;
      return row;
    });
    // Many turns of the event loop later, the statement from outside is still waiting.
    for (let turn = 0; turn < 10; turn++) await new Promise((wake) => setImmediate(wake));
    expect(answered).toBe(false);
    expect(sql.inTransaction()).toBe(false);

    fail(new Error('the work failed'));
    await expect(transaction).rejects.toThrow('the work failed');
    // It ran once the transaction had rolled back, and did not see the row.
    expect(await outside).toEqual({ n: 0 });
    expect(db.isTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
  });
});
