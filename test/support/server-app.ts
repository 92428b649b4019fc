// Builds the BFF's HTTP app around an in-memory store and a stub agenda reader, for route tests
// that need no Docplanner and no socket.

import { pino } from 'pino';
import { createBookingRefresher } from '../../src/server/agenda/booking-refresher.ts';
import { createDoctorBreaks } from '../../src/server/agenda/doctor-breaks.ts';
import type { FacilityDirectory } from '../../src/server/agenda/facility-directory.ts';
import { createPhoneBooking } from '../../src/server/agenda/phone-booking.ts';
import type { AgendaReader } from '../../src/server/agenda/read-agenda.ts';
import { createAgendaReader } from '../../src/server/agenda/read-agenda.ts';
import { createVisitActions } from '../../src/server/agenda/visit-actions.ts';
import { createApp } from '../../src/server/app.ts';
import { createSignInLimiter } from '../../src/server/auth/sign-in-limiter.ts';
import type { Clock } from '../../src/server/clock/clock.ts';
import { createDeadLetterReplay } from '../../src/server/ingest/dead-letter-replay.ts';
import { createInboxWriter } from '../../src/server/ingest/inbox-writer.ts';
import { createProcessor } from '../../src/server/ingest/processor.ts';
import { createLiveHub } from '../../src/server/live/live-hub.ts';
import type { Logger } from '../../src/server/logger.ts';
import { createDrain } from '../../src/server/ops/drain.ts';
import { createMetrics } from '../../src/server/ops/metrics.ts';
import { createStorageStatus } from '../../src/server/ops/storage-status.ts';
import { createUpstreamStatus } from '../../src/server/ops/upstream-status.ts';
import { createReminderService } from '../../src/server/reminders/reminder-service.ts';
import { settingDefaults } from '../../src/server/settings-defaults.ts';
import { openStore } from '../../src/server/store/store.ts';
import type { Role } from '../../src/server/store/users-table.ts';
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
    /** As DOCPLANNER_LOCALE's language: the page's last fallback. */
    clinicLocale?: Locale;
  } = {},
) {
  const logger = options.logger ?? pino({ level: 'silent' });
  const store = openStore(':memory:');
  const hub = createLiveHub();
  let scheduleProcessing = () => {};
  const storage = createStorageStatus({
    store,
    logger,
    probeEveryMs: options.storageProbeMs ?? 20,
    onRecovered: () => scheduleProcessing(),
  });
  const processor = createProcessor({
    store,
    logger,
    timeZone: 'Europe/Warsaw',
    onChanged: () => hub.notify(),
    onWriteFailed: (error) => storage.failed(error),
  });
  scheduleProcessing = () => processor.schedule();
  const upstreamStatus = createUpstreamStatus();
  const drain = createDrain();
  const metrics = createMetrics({ store, hub, storage, processMetrics: false });
  const writer = createInboxWriter(store, () => processor.schedule());
  // The real reader over a fixed clinic, without Docplanner: what the store holds is the agenda.
  const agendaReader: AgendaReader = createAgendaReader({
    store,
    directory: { get: async () => testDirectory, invalidate: () => {} },
    rangeSync: { ensure: async () => {}, syncedAt: () => Date.now() },
    logger,
    dataSource: 'sandbox',
    timeZone: 'Europe/Warsaw',
    allowHttpVideoLinks: true,
  });
  const clock = options.clock ?? manualClock(Date.parse('2026-11-23T09:00:00+01:00'));
  const reminders = createReminderService({
    store,
    clock,
    leadMinutes: settingDefaults.reminderLeadMinutes,
    snoozeMinutes: settingDefaults.snoozeMinutes,
    facilityId: async () => '139878',
    visitById: (id) => agendaReader.visit(id),
    onChange: () => hub.notifyReminders(),
    logger,
  });
  const refresher = createBookingRefresher({
    api: options.api ?? unreachable,
    store,
    logger,
    onChanged: () => hub.notify(),
    now: () => clock.now(),
  });
  const visitActions = createVisitActions({
    api: options.api ?? unreachable,
    store,
    logger,
    timeZone: 'Europe/Warsaw',
    onChanged: () => hub.notify(),
    now: () => clock.now(),
  });
  const phoneBooking = createPhoneBooking({
    api: options.api ?? unreachable,
    store,
    directory: { get: async () => testDirectory, invalidate: () => {} },
    logger,
    timeZone: 'Europe/Warsaw',
    onChanged: () => hub.notify(),
    now: () => clock.now(),
  });
  const doctorBreaks = createDoctorBreaks({
    api: options.api ?? unreachable,
    directory: { get: async () => testDirectory, invalidate: () => {} },
    timeZone: 'Europe/Warsaw',
    onChanged: () => hub.notifyBreaks(),
  });
  const app = createApp({
    logger,
    store,
    agendaReader,
    hub,
    writer,
    clock,
    reminders,
    refresher,
    visitActions,
    phoneBooking,
    doctorBreaks,
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
    settings: {
      paymentWindow: settingDefaults.paymentWindow,
      joinWindow: settingDefaults.joinWindow,
      reminderLeadMinutes: [...settingDefaults.reminderLeadMinutes],
      snoozeMinutes: settingDefaults.snoozeMinutes,
      timeZone: 'Europe/Warsaw',
    },
    webhookSecret: testWebhookSecret,
    trustProxy: options.trustProxy ?? false,
    auth: {
      limiter: createSignInLimiter(),
      idleMs: settingDefaults.sessionIdleMinutes * 60_000,
      secureCookies: 'auto',
    },
    dataSource: 'sandbox',
    version: 'test',
    ops: {
      storage,
      upstream: upstreamStatus,
      drain,
      metrics,
      metricsToken: options.metricsToken,
      replay: createDeadLetterReplay({ store, onWritten: () => processor.schedule() }),
      retentionDays: settingDefaults.deadLetterRetentionDays,
    },
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
    ...(options.distDir ? { distDir: options.distDir } : {}),
    ...(options.clinicLocale ? { clinicLocale: options.clinicLocale } : {}),
  });
  // One signed-in session per role; the doctor is Anna Kowalska (100101), as in the fixtures.
  const sessions = new Map<Role, { cookie: string; csrf: string }>();
  function sessionFor(role: Role) {
    let session = sessions.get(role);
    if (!session) {
      const user = store.users.add(
        { username: role, displayName: role, role, doctorId: role === 'doctor' ? '100101' : null },
        'not-a-real-hash',
      );
      const opened = store.sessions.open(user.id, Date.now());
      session = { cookie: `oa_session=${opened.token}`, csrf: opened.csrfToken };
      sessions.set(role, session);
    }
    return session;
  }
  /** `app.request` as a signed-in user of `role` (or signed out with null). */
  function request(path: string, init: RequestInit = {}, role: Role | null = 'admin') {
    const headers = new Headers(init.headers);
    if (role) {
      const session = sessionFor(role);
      headers.set('cookie', session.cookie);
      headers.set('x-csrf-token', session.csrf);
    }
    return app.request(path, { ...init, headers });
  }
  return {
    app,
    request,
    sessionFor,
    store,
    hub,
    processor,
    reminders,
    clock,
    ops: { storage, drain, upstream: upstreamStatus, metrics },
  };
}
