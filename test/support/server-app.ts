// Builds the BFF's HTTP app around an in-memory store and a stub agenda reader, for route tests
// that need no Docplanner and no socket.
import { pino } from 'pino';
import { createBookingRefresher } from '../../src/server/agenda/booking-refresher.ts';
import type { AgendaReader } from '../../src/server/agenda/read-agenda.ts';
import { visitFromRecord } from '../../src/server/agenda/visit-from-record.ts';
import { createApp } from '../../src/server/app.ts';
import type { Clock } from '../../src/server/clock/clock.ts';
import { createInboxWriter } from '../../src/server/ingest/inbox-writer.ts';
import { createProcessor } from '../../src/server/ingest/processor.ts';
import { createLiveHub } from '../../src/server/live/live-hub.ts';
import { createReminderService } from '../../src/server/reminders/reminder-service.ts';
import { openStore } from '../../src/server/store/store.ts';
import type { DocplannerApi } from '../../src/server/upstream/docplanner-api.ts';

export const testWebhookSecret = 'test-secret-0123456789abcdef';

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
  options: { heartbeatMs?: number; clock?: Clock; api?: DocplannerApi } = {},
) {
  const logger = pino({ level: 'silent' });
  const store = openStore(':memory:');
  const hub = createLiveHub();
  const processor = createProcessor({ store, logger, onChanged: () => hub.notify() });
  const writer = createInboxWriter(store, () => processor.schedule());
  const agendaReader: AgendaReader = {
    read: () => Promise.reject(new Error('not used in this test')),
    visit: async (id) => {
      const record = store.bookings.get(id);
      return record
        ? visitFromRecord(record, {
            address: undefined,
            onlineConsultationServiceIds: new Set(),
            allowHttpVideoLinks: true,
          })
        : null;
    },
  };
  const clock = options.clock ?? manualClock(Date.parse('2026-11-23T09:00:00+01:00'));
  const reminders = createReminderService({
    store,
    clock,
    leadMinutes: [10, 2],
    snoozeMinutes: 5,
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
  const app = createApp({
    logger,
    store,
    agendaReader,
    hub,
    writer,
    clock,
    reminders,
    refresher,
    settings: {
      paymentWindow: { windowMinutes: 90, graceMinutes: 5 },
      joinWindow: { opensBeforeMinutes: 60, emphasisBeforeMinutes: 10, closesAfterMinutes: 30 },
      reminderLeadMinutes: [10, 2],
      snoozeMinutes: 5,
    },
    webhookSecret: testWebhookSecret,
    dataSource: 'sandbox',
    version: 'test',
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
  });
  return { app, store, hub, processor, reminders, clock };
}
