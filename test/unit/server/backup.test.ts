// `npm run backup`: an online copy while the server writes, checked; refused clearly where it
// cannot be made.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, backupDatabase } from '../../../src/server/store/backup.ts';
import { openStore } from '../../../src/server/store/store.ts';
import { slotBooked } from '../../fixtures/notifications.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function folder(): string {
  const made = mkdtempSync(path.join(tmpdir(), 'agenda-backup-'));
  folders.push(made);
  return made;
}

describe('backupDatabase', () => {
  it('copies the database while the server goes on writing, and the copy checks out', async () => {
    const dataDir = folder();
    const store = openStore(dataDir);
    const body = JSON.stringify(slotBooked({ id: 'bk' }));
    for (let i = 0; i < 2_000; i++) {
      await store.inbox.append('push', body, new Date().toISOString());
    }
    // The server writing on while the copy is made.
    let written = 0;
    const writes: Promise<void>[] = [];
    const writer = setInterval(() => {
      writes.push(
        store
          .transaction(async () => {
            for (let i = 0; i < 50; i++) {
              await store.inbox.append('push', body, new Date().toISOString());
            }
          })
          .then(() => {
            written += 50;
          }),
      );
    }, 1);
    const target = path.join(folder(), 'copy.sqlite');
    try {
      while (written < 100) await new Promise((wake) => setTimeout(wake, 1));
      const report = await backupDatabase(dataDir, target);
      expect(report.pendingNotifications).toBeGreaterThanOrEqual(2_000);
      expect(report.pendingNotifications).toBeLessThanOrEqual(2_000 + written);
      expect(report.pendingNotifications % 50).toBe(0); // whole transactions only
    } finally {
      clearInterval(writer);
      await Promise.all(writes);
      await store.close();
    }
    const copy = new DatabaseSync(target, { readOnly: true });
    expect(copy.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    copy.close();
  });

  it('copies a stopped server’s database too', async () => {
    const dataDir = folder();
    await openStore(dataDir).close();
    const report = await backupDatabase(dataDir, path.join(folder(), 'copy.sqlite'));
    expect(report.pendingNotifications).toBe(0);
  });

  it('never overwrites a file, and says what is wrong with the folder or DATA_DIR', async () => {
    const dataDir = folder();
    await openStore(dataDir).close();
    const taken = path.join(folder(), 'taken.sqlite');
    writeFileSync(taken, 'precious');
    await expect(backupDatabase(dataDir, taken)).rejects.toThrow(/exists already/);
    await expect(
      backupDatabase(dataDir, path.join(folder(), 'no/such/folder.sqlite')),
    ).rejects.toThrow(/does not exist/);
    await expect(backupDatabase(folder(), path.join(folder(), 'x.sqlite'))).rejects.toThrow(
      /No database at .* \(check DATA_DIR\)/,
    );
  });

  it('is refused with the reason while the server holds the database alone (full disk at start)', async () => {
    const dataDir = folder();
    await openStore(dataDir).close();
    const server = new DatabaseSync(path.join(dataDir, 'agenda.sqlite'));
    server.exec('PRAGMA locking_mode = EXCLUSIVE');
    server.exec('BEGIN EXCLUSIVE; COMMIT;');
    const target = path.join(folder(), 'copy.sqlite');
    try {
      const refused = backupDatabase(dataDir, target);
      await expect(refused).rejects.toBeInstanceOf(BackupError);
      await expect(refused).rejects.toThrow(/for itself alone/);
    } finally {
      server.close();
    }
    expect(existsSync(target) && (await import('node:fs')).statSync(target).size > 0).toBe(false);
  }, 20_000);
});
