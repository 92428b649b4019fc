// A full disk, for a database under test: the database may not grow (max_page_count) and the
// room left in its free pages is taken by a filler table, so that the next write needing space
// fails with SQLite's own SQLITE_FULL, exactly as on a disk with no bytes left.
import type { DatabaseSync } from 'node:sqlite';

const unlimited = 1_073_741_823;

function isFull(error: unknown): boolean {
  return (error as { errcode?: number }).errcode === 13;
}

/**
 * Fills the database; `topUp` also fills a table's last page (a write that is small would fit):
 * each write (a store call) is repeated until it fails with SQLITE_FULL. Without `topUp` the
 * database is full as soon as this returns, before its promise settles.
 */
export async function fillDisk(
  db: DatabaseSync,
  topUp: Array<() => Promise<unknown>> = [],
): Promise<void> {
  db.exec('CREATE TABLE IF NOT EXISTS test_filler (room BLOB NOT NULL)');
  const pages = (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
  db.exec(`PRAGMA max_page_count = ${pages}`);
  const insert = db.prepare('INSERT INTO test_filler (room) VALUES (zeroblob(?))');
  for (const bytes of [65_536, 4_096, 512, 64, 1]) {
    for (;;) {
      try {
        insert.run(bytes);
      } catch (error) {
        if (!isFull(error)) throw error;
        break;
      }
    }
  }
  for (const write of topUp) {
    for (;;) {
      try {
        await write();
      } catch (error) {
        if (!isFull(error)) throw error;
        break;
      }
    }
  }
}

/** Space again: the filler is dropped and the database may grow. */
export function freeDisk(db: DatabaseSync): void {
  db.exec(`PRAGMA max_page_count = ${unlimited}`);
  db.exec('DROP TABLE IF EXISTS test_filler');
}
