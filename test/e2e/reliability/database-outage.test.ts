// Persist-then-acknowledge on PostgreSQL: while the database server cannot be reached, a push is
// answered 503 with Retry-After (Docplanner sends it again) and health says degraded; once it is
// back the server goes on by itself, and every push it answered 200 is in the inbox, applied. The
// outage is a TCP proxy between the server and PostgreSQL that is cut (every connection reset,
// new ones refused) and then restored on the same port.
import { connect, createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { slotBooked } from '../../fixtures/notifications.ts';
import { createTestDatabase, postgresAvailable } from '../../support/postgres.ts';
import { findFreePort } from '../../support/server-process.ts';
import { postWebhook, pushModeEnv, startedPerTest, waitFor, webhookSecret } from './harness.ts';

const started = startedPerTest();

/** A TCP proxy to PostgreSQL that can be cut and restored on the same port. */
async function startDatabaseProxy(port: number, target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const open = () =>
    new Promise<void>((listening) => {
      server = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {});
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => listening());
    });
  await open();
  return {
    /** Every connection reset, new ones refused: the database server is gone. */
    cut: () =>
      new Promise<void>((closed) => {
        for (const socket of sockets) socket.resetAndDestroy();
        server?.close(() => closed());
      }),
    restore: open,
  };
}

function pushBody(index: number) {
  const hour = String(8 + (index % 10)).padStart(2, '0');
  return JSON.stringify(
    slotBooked({
      id: String(880_000 + index),
      start_at: `2026-11-23T${hour}:00:00+01:00`,
      end_at: `2026-11-23T${hour}:30:00+01:00`,
    }),
  );
}

describe.skipIf(!(await postgresAvailable()))('PostgreSQL outage', () => {
  it('answers pushes 503 with Retry-After while the database is gone, and loses nothing', async () => {
    const database = await createTestDatabase('outage');
    if (!database) throw new Error('PostgreSQL went away');
    started.undo(database.drop);
    const target = new URL(database.url);
    const proxyPort = await findFreePort();
    const proxy = await startDatabaseProxy(proxyPort, {
      host: target.hostname,
      port: Number(target.port || 5432),
    });
    started.undo(proxy.cut);
    const viaProxy = new URL(database.url);
    viaProxy.host = `127.0.0.1:${proxyPort}`;

    const sandbox = await started.sandbox();
    const server = await started.server({
      port: await findFreePort(),
      dataDir: await started.dataDir(),
      env: {
        DATABASE_URL: viaProxy.toString(),
        SANDBOX_URL: sandbox.url,
        ...pushModeEnv,
        SANDBOX_MARKETPLACE: 'off',
      },
    });
    started.undo(server.stop);

    const before = await postWebhook(server.url, pushBody(0));
    expect(before.status).toBe(200);

    await proxy.cut();
    const during = await fetch(`${server.url}/webhooks/docplanner/${webhookSecret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: pushBody(1),
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${server.output()}`);
    });
    expect(during.status).toBe(503);
    expect(Number(during.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await during.json()) as { error: { message: string } }).error.message).toContain(
      'cannot be reached',
    );
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as {
      status: string;
      checks: { storage: { writable: boolean } };
    };
    expect(health.status).toBe('degraded');
    expect(health.checks.storage.writable).toBe(false);

    await proxy.restore();
    // Docplanner sends the refused one again; the storage probe (every 5 s) says writes work.
    const after = await waitFor(
      'the server to take pushes again',
      async () => {
        const answer = await postWebhook(server.url, pushBody(1));
        return answer.status === 200 ? answer : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(after.status).toBe(200);
    expect((await postWebhook(server.url, pushBody(2))).status).toBe(200);

    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    started.undo(() => db.end());
    const counts = await waitFor('every acknowledged push applied', async () => {
      const { rows } = await db.query<{ inbox: string; pending: string; bookings: string }>(
        `SELECT (SELECT count(*) FROM inbox) AS inbox,
                (SELECT count(*) FROM inbox WHERE processed_at IS NULL) AS pending,
                (SELECT count(*) FROM bookings WHERE id IN ('880000', '880001', '880002')) AS bookings`,
      );
      const row = rows[0];
      return row && Number(row.pending) === 0 && Number(row.bookings) === 3 ? row : undefined;
    });
    // Three pushes answered 200, each stored once; the refused one was not kept until resent.
    expect(Number(counts.inbox)).toBe(3);
  });
});
