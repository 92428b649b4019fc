// Builds the BFF the way main.ts does (buildServer), around an in-memory store, a fixed clinic and
// a clock set by hand, for route tests that need no Docplanner and no socket.

import { pino } from 'pino';
import type { FacilityDirectory } from '../../src/server/agenda/facility-directory.ts';
import { buildServer } from '../../src/server/build-server.ts';
import type { Clock } from '../../src/server/clock/clock.ts';
import { type Config, loadConfig } from '../../src/server/config.ts';
import type { Logger } from '../../src/server/logger.ts';
import { openStore } from '../../src/server/store/store.ts';
import type { Role } from '../../src/server/store/users-table.ts';
import type { UpstreamConnection } from '../../src/server/upstream/connect-upstream.ts';
import type { DocplannerApi } from '../../src/server/upstream/docplanner-api.ts';
import type { Locale } from '../../src/shared/i18n/locales.ts';

export const testWebhookSecret = 'test-secret-0123456789abcdef';

/** The clinic of the notification fixtures: two doctors, Anna with a regular and an online address. */
export const testDirectory: FacilityDirectory = {
  facility: { id: '139878', name: 'Medical Clinic "Test"' },
  doctors: [
    { id: '100101', name: 'Anna', surname: 'Kowalska' },
    { id: '100102', name: 'Piotr', surname: 'Nowak' },
  ],
  addresses: [
    {
      id: '200101',
      doctorId: '100101',
      name: 'Medical Clinic "Test"',
      street: null,
      city: null,
      isOnlineOnly: false,
      visitPayment: false,
    },
    {
      id: '200201',
      doctorId: '100101',
      name: 'Medical Clinic "Test" online',
      street: null,
      city: null,
      isOnlineOnly: true,
      visitPayment: true,
    },
    {
      id: '200102',
      doctorId: '100102',
      name: 'Medical Clinic "Test"',
      street: null,
      city: null,
      isOnlineOnly: false,
      visitPayment: false,
    },
  ],
  onlineConsultationServiceIds: new Set(['1002']),
  serviceNames: new Map(),
  serviceOnline: new Map(),
  docplannerNames: new Map(),
};

/** A clock the test sets by hand. */
export function manualClock(startMs: number): Clock & { set(ms: number): void } {
  let now = startMs;
  return { now: () => now, speed: () => 1, set: (ms) => (now = ms) };
}

/** An upstream that is never reached unless a test gives one. */
const unreachable = new Proxy({} as DocplannerApi, {
  get: () => () => Promise.reject(new Error('Docplanner is not reachable in this test')),
});

/** Where Docplanner would be: never reached, since the tests give its API (or none). */
const noUpstream: UpstreamConnection = {
  dataSource: 'sandbox',
  origin: 'http://docplanner.invalid',
  clientId: 'test',
  clientSecret: 'test',
  close: async () => {},
};

export function buildTestApp(
  options: {
    heartbeatMs?: number;
    clock?: Clock;
    api?: DocplannerApi;
    logger?: Logger;
    /** A built SPA to serve (the page routes); API only without it. */
    distDir?: string;
    /** As TRUST_PROXY=true: forwarded addresses and hosts are believed. */
    trustProxy?: boolean;
    /** As METRICS_TOKEN. */
    metricsToken?: string;
    /** How often a failing disk is probed; the default suits tests that free it at once. */
    storageProbeMs?: number;
    /** As DOCPLANNER_LOCALE's language: the page's last fallback (`en` unless told). */
    clinicLocale?: Locale;
    /** As NOTIFICATIONS_MODE: push unless told (pull gives the server its puller). */
    notificationsMode?: 'push' | 'pull';
  } = {},
) {
  // The server main.ts runs, in push mode unless told, on an in-memory store, with the defaults of
  // every setting (the clinic in Europe/Warsaw), built around a fixed clinic and a clock set by
  // hand.
  const config: Config = {
    ...loadConfig({
      DATA_DIR: ':memory:',
      NOTIFICATIONS_MODE: options.notificationsMode ?? 'push',
      WEBHOOK_SECRET: testWebhookSecret,
      LOG_LEVEL: 'silent',
    }),
    trustProxy: options.trustProxy ?? false,
    metricsToken: options.metricsToken,
    clinicLocale: options.clinicLocale ?? 'en',
  };
  const fixedClinic = { get: async () => testDirectory, invalidate: () => {} };
  // The store main.ts opens for DATA_DIR=:memory:, opened here so that tests keep its SQLite
  // connection (`store.db`: a full disk, counts read without the tables).
  const store = openStore(config.dataDir);
  const server = buildServer(config, {
    store,
    upstream: noUpstream,
    logger: options.logger ?? pino({ level: 'silent' }),
    api: options.api ?? unreachable,
    clock: options.clock ?? manualClock(Date.parse('2026-11-23T09:00:00+01:00')),
    // The real reader over a fixed clinic, without Docplanner: what the store holds is the agenda.
    directory: fixedClinic,
    rangeSync: { ensure: async () => {}, syncedAt: () => Date.now() },
    // Issue 8's parts, stubbed: their own tests run them against the sandbox.
    calendars: {
      mapping: { read: async () => ({ doctors: [], warnings: [] }) },
      publisher: {
        publish: async () => ({
          applied: [],
          failed: [],
          message: 'Opened online hours on Docplanner.',
        }),
      },
      slots: { read: async () => ({ slots: [] }) },
      onMappingChanged: () => {},
    },
    distDir: options.distDir ?? null,
    storageProbeMs: options.storageProbeMs ?? 20,
    processMetrics: false,
    version: 'test',
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
  });
  const { app } = server;
  const { hub, processor, reminders, clock, ops } = server.services;
  // One signed-in session per role; the doctor is Anna Kowalska (100101), as in the fixtures.
  // The promise is kept, so that requests sent together as one role share one user and session.
  const sessions = new Map<Role, Promise<{ cookie: string; csrf: string }>>();
  async function openSession(role: Role) {
    const user = await store.users.add(
      { username: role, displayName: role, role, doctorId: role === 'doctor' ? '100101' : null },
      'not-a-real-hash',
    );
    const opened = await store.sessions.open(user.id, Date.now());
    return { cookie: `oa_session=${opened.token}`, csrf: opened.csrfToken };
  }
  function sessionFor(role: Role): Promise<{ cookie: string; csrf: string }> {
    let session = sessions.get(role);
    if (!session) {
      session = openSession(role);
      sessions.set(role, session);
      // A session that could not be opened (a full disk) is tried again next time.
      session.catch(() => sessions.delete(role));
    }
    return session;
  }
  /** `app.request` as a signed-in user of `role` (or signed out with null). */
  async function request(
    path: string,
    init: RequestInit = {},
    role: Role | null = 'admin',
  ): Promise<Response> {
    const headers = new Headers(init.headers);
    if (role) {
      const session = await sessionFor(role);
      headers.set('cookie', session.cookie);
      headers.set('x-csrf-token', session.csrf);
    }
    return app.request(path, { ...init, headers });
  }
  return { app, request, sessionFor, store, hub, processor, reminders, clock, ops, server };
}
