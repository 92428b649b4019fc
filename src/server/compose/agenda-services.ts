// The agenda's services, wired for the composition root (build-server.ts): the clinic's structure,
// reading ranges of bookings from Docplanner and from the projection, the visit and break
// actions, reminders, the payment checks, and issue 8's mapping, online hours and slots.

import { createBookingRefresher } from '../agenda/booking-refresher.ts';
import { createDoctorBreaks } from '../agenda/doctor-breaks.ts';
import {
  createFacilityDirectory,
  type FacilityDirectoryReader,
} from '../agenda/facility-directory.ts';
import { createPhoneBooking } from '../agenda/phone-booking.ts';
import { createRangeSync, type RangeSync } from '../agenda/range-sync.ts';
import { createAgendaReader } from '../agenda/read-agenda.ts';
import { createVisitActions } from '../agenda/visit-actions.ts';
import type { AppParts } from '../app.ts';
import type { Clock } from '../clock/clock.ts';
import type { Config } from '../config.ts';
import type { LiveHub } from '../live/live-hub.ts';
import { oncePerKey } from '../log/once-per-key.ts';
import type { Logger } from '../logger.ts';
import { createHoursPublisher } from '../mapping/hours-publisher.ts';
import { createMappingReader } from '../mapping/mapping-reader.ts';
import { createSlotsLayer } from '../mapping/slots-layer.ts';
import { createPaymentVerifier } from '../payments/payment-verifier.ts';
import { createReminderService } from '../reminders/reminder-service.ts';
import { settingDefaults } from '../settings-defaults.ts';
import type { Store } from '../store/store.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';

export interface AgendaCore {
  config: Config;
  logger: Logger;
  store: Store;
  hub: LiveHub;
  api: DocplannerApi;
  clock: Clock;
  dataSource: 'sandbox' | 'docplanner';
}

/** What a caller may give instead of what is read from Docplanner. */
export interface AgendaOverrides {
  directory?: FacilityDirectoryReader;
  rangeSync?: RangeSync;
  calendars?: AppParts['calendars'];
}

export function buildAgendaServices(core: AgendaCore, overrides: AgendaOverrides = {}) {
  const { config, logger, store, hub, api, clock } = core;
  const { timeZone } = config;
  // Reads of Docplanner are observations at Docplanner's time (the sandbox's, on sandbox data),
  // comparable with the notifications' created_at.
  const now = () => clock.now();

  const directory =
    overrides.directory ??
    createFacilityDirectory({ api, facilityId: config.facilityId, mapping: store.mapping });
  // Changed here or on another instance: read again at the next use.
  hub.onDirectory(() => directory.invalidate());
  const refresher = createBookingRefresher({
    api,
    store,
    logger,
    onChanged: () => hub.notify(),
    now,
  });
  const rangeSync =
    overrides.rangeSync ??
    createRangeSync({
      api,
      now,
      store,
      logger,
      timeZone,
      maxAgeMs: config.agendaSyncMaxAgeMs,
      hedgeAfterMs: settingDefaults.readDeadlineMs,
      onChanged: () => hub.notify(),
    });
  // Each visit's refused link is said once, not on every agenda read.
  const firstRefusal = oncePerKey();
  const agendaReader = createAgendaReader({
    now,
    store,
    directory,
    rangeSync,
    syncWaitMs: settingDefaults.readDeadlineMs,
    logger,
    dataSource: core.dataSource,
    timeZone,
    allowHttpVideoLinks: config.allowHttpVideoLinks,
    onRefusedVideoLink: (bookingId, reason) => {
      if (firstRefusal(`${bookingId} ${reason}`)) {
        logger.warn({ bookingId, reason }, 'video link refused: not shown as a link');
      }
    },
  });

  const reminders = createReminderService({
    store,
    clock,
    leadMinutes: config.reminderLeadMinutes,
    snoozeMinutes: config.snoozeMinutes,
    facilityId: async () => (await directory.get()).facility.id,
    visitById: (id) => agendaReader.visit(id),
    onChange: () => hub.notifyReminders(),
    logger,
  });
  const visitActions = createVisitActions({
    api,
    store,
    logger,
    timeZone,
    onChanged: () => hub.notify(),
    now,
  });
  const doctorBreaks = createDoctorBreaks({
    api,
    directory,
    timeZone,
    onChanged: () => hub.notifyBreaks(),
  });
  const phoneBooking = createPhoneBooking({
    api,
    store,
    directory,
    logger,
    timeZone,
    onChanged: () => hub.notify(),
    now,
  });
  const paymentVerifier = createPaymentVerifier({
    store,
    clock,
    refresher,
    logger,
    ...config.paymentWindow,
  });

  const calendars = overrides.calendars ?? calendarParts(core, directory);
  return {
    directory,
    refresher,
    agendaReader,
    reminders,
    visitActions,
    doctorBreaks,
    phoneBooking,
    paymentVerifier,
    calendars,
  };
}
export type AgendaServices = ReturnType<typeof buildAgendaServices>;

/** Issue 8: the admin's mapping of calendars, the online hours published, the slots layer. */
function calendarParts(
  { api, store, config, logger, hub }: AgendaCore,
  directory: FacilityDirectoryReader,
): NonNullable<AppParts['calendars']> {
  const { timeZone } = config;
  const mapping = createMappingReader({ api, store, directory });
  return {
    mapping,
    publisher: createHoursPublisher({ api, directory, mapping, timeZone, logger }),
    slots: createSlotsLayer({ api, directory, timeZone }),
    // Names and the online rule are part of every visit: read again, on every instance.
    onMappingChanged: () => hub.notifyDirectory(),
  };
}
