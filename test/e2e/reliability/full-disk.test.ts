// The real server on a disk with no room left (a small tmpfs, filled). It starts, serves what it
// kept to staff already signed in, says in its health report that storage is not writable,
// sends pushes back with 503 + Retry-After (Docplanner sends them again) and refuses a sign-in
// with words that say why; once the filler is removed it takes writes again by itself, and the
// push sent again becomes a visit. Mounting a tmpfs needs root: elsewhere this file skips.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { healthSchema } from '../../../src/shared/api/health.ts';
import { slotBooked } from '../../fixtures/notifications.ts';
import { findFreePort } from '../../support/server-process.ts';
import { signInApi } from '../../support/staff-session.ts';
import {
  count,
  postWebhook,
  pushModeEnv,
  readDatabase,
  startedPerTest,
  waitFor,
} from './harness.ts';

const started = startedPerTest();

/** A fresh 16 MiB tmpfs, or why there cannot be one here. */
function mountSmallDisk(): { path: string; unmount: () => void } | string {
  if (process.getuid?.() !== 0) return 'not root';
  const path = mkdtempSync(join(tmpdir(), 'online-agenda-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', path], { stdio: 'pipe' });
  } catch (error) {
    rmdirSync(path);
    return `mount failed: ${String((error as { stderr?: unknown }).stderr ?? error).trim()}`;
  }
  return {
    path,
    unmount: () => {
      execFileSync('umount', [path]);
      rmdirSync(path);
    },
  };
}

/** Writes a file until the disk has no byte left; returns its path. */
function fillWithFile(dir: string): string {
  const file = join(dir, 'filler');
  const fd = openSync(file, 'w');
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 512, 1]) {
      const chunk = Buffer.alloc(size);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return file;
}

const probe = mountSmallDisk();
const disk = typeof probe === 'string' ? null : probe;
if (!disk) console.warn(`full-disk test skipped: cannot mount a tmpfs here (${probe})`);

describe.skipIf(disk === null)('a full disk', () => {
  it('starts, serves what it kept, refuses writes with 503, and recovers by itself', async () => {
    if (!disk) return;
    started.undo(async () => disk.unmount());
    const dataDir = join(disk.path, 'data');
    mkdirSync(dataDir);
    const port = await findFreePort();
    const start = () => started.server({ port, dataDir, env: pushModeEnv });
    const health = async (url: string) =>
      healthSchema.parse(await (await fetch(`${url}/api/health`)).json());

    // A first start with room: the database, the demo accounts, a reception session, a visit.
    const first = await start();
    const session = await signInApi(first.url, 'reception');
    expect((await postWebhook(first.url, JSON.stringify(slotBooked({ id: 'fd-1' })))).status).toBe(
      200,
    );
    await waitFor(
      'the first visit to be projected',
      async () => (await health(first.url)).checks.notifications?.pending === 0,
    );
    await first.stop();

    const filler = fillWithFile(disk.path);
    const second = await start();
    const degraded = await health(second.url);
    expect(degraded.status).toBe('degraded');
    expect(degraded.checks.storage.writable).toBe(false);

    // Staff already signed in still read what is kept.
    const me = await fetch(`${second.url}/api/auth/session`, { headers: session.headers });
    expect(me.status).toBe(200);

    const refused = await postWebhook(second.url, JSON.stringify(slotBooked({ id: 'fd-2' })));
    expect(refused.status).toBe(503);
    expect(refused.json).toMatchObject({
      error: { message: expect.stringMatching(/disk is full/) },
    });

    const signIn = await fetch(`${second.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'doctor', password: 'demo-doctor' }),
    });
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get('retry-after')).toBe('60');
    expect(await signIn.json()).toMatchObject({
      error: {
        code: 'storage_full',
        message: expect.stringMatching(/^Signing in needs to save your session/),
      },
    });

    // Metrics, from this machine, say so too.
    const metrics = await (await fetch(`${second.url}/metrics`)).text();
    expect(metrics).toMatch(/^agenda_storage_writable 0$/m);

    rmSync(filler);
    await waitFor(
      'the server to see space again',
      async () => (await health(second.url)).checks.storage.writable,
      {
        timeoutMs: 20_000,
      },
    );
    // Docplanner sends the refused push again.
    expect((await postWebhook(second.url, JSON.stringify(slotBooked({ id: 'fd-2' })))).status).toBe(
      200,
    );
    await waitFor(
      'the second visit to be projected',
      async () => (await health(second.url)).checks.notifications?.pending === 0,
    );
    expect((await health(second.url)).status).toBe('ready');
    await second.stop();
    const kept = readDatabase(dataDir, (db) =>
      count(db, "SELECT count(*) AS n FROM bookings WHERE id IN ('fd-1', 'fd-2')"),
    );
    expect(kept).toBe(2);
  });
});
