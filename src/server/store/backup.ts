// An online backup of the BFF's database: SQLite's backup API copies every page in one step
// from a read snapshot (WAL: the running server goes on writing meanwhile), to a new file that
// is then checked. Its pending inbox entries are what a restore would process first.
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { sqliteCode } from './storage-errors.ts';

export class BackupError extends Error {
  override name = 'BackupError';
}

export interface BackupReport {
  target: string;
  pages: number;
  bytes: number;
  bookings: number;
  pendingNotifications: number;
}

export async function backupDatabase(dataDir: string, target: string): Promise<BackupReport> {
  const source = path.join(dataDir, 'agenda.sqlite');
  if (!existsSync(source)) throw new BackupError(`No database at ${source} (check DATA_DIR).`);
  const to = path.resolve(target);
  if (existsSync(to)) throw new BackupError(`${to} exists already; choose a new file name.`);
  if (!existsSync(path.dirname(to)))
    throw new BackupError(`The folder ${path.dirname(to)} does not exist.`);

  const db = new DatabaseSync(source, { readOnly: true, timeout: 2_000 });
  let pages: number;
  try {
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
    } catch (error) {
      // SQLITE_BUSY: a server that opened the database in exclusive locking mode.
      const busy = ((sqliteCode(error) ?? 0) & 0xff) === 5;
      if (!busy) throw error;
      throw new BackupError(
        'The running server holds the database for itself alone: its disk was full when it started. Free space, restart the server, then back up again.',
      );
    }
    // All pages in one step: one consistent snapshot, however busy the server is.
    pages = await backup(db, to, { rate: 2_147_483_647 });
  } catch (error) {
    rmSync(to, { force: true });
    throw error;
  } finally {
    db.close();
  }

  const copy = new DatabaseSync(to, { readOnly: true });
  try {
    const check = copy.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
    if (check.integrity_check !== 'ok') {
      throw new BackupError(
        `The copy at ${to} failed its integrity check: ${check.integrity_check}`,
      );
    }
    const one = (sql: string) => (copy.prepare(sql).get() as { n: number }).n;
    return {
      target: to,
      pages,
      bytes: statSync(to).size,
      bookings: one('SELECT count(*) AS n FROM bookings'),
      pendingNotifications: one('SELECT count(*) AS n FROM inbox WHERE processed_at IS NULL'),
    };
  } finally {
    copy.close();
  }
}
