// Receiving Docplanner's notifications, wired for the composition root (build-server.ts): the
// durable inbox's writer and processor, a booking named without its patient read again, pull or
// push mode's worker, the webhook's allowlist, the dead letters' replay and their retention.

import type { BookingRefresher } from '../agenda/booking-refresher.ts';
import type { FacilityDirectoryReader } from '../agenda/facility-directory.ts';
import type { Config } from '../config.ts';
import { createDeadLetterReplay } from '../ingest/dead-letter-replay.ts';
import { createInboxWriter } from '../ingest/inbox-writer.ts';
import { createPatientReader } from '../ingest/patient-reader.ts';
import { createProcessor } from '../ingest/processor.ts';
import { createPuller } from '../ingest/puller.ts';
import { createReleaser } from '../ingest/releaser.ts';
import { createWebhookAllowlist } from '../ingest/webhook-allowlist.ts';
import type { LiveHub } from '../live/live-hub.ts';
import type { Logger } from '../logger.ts';
import { createRetention } from '../ops/retention.ts';
import type { StorageStatus } from '../ops/storage-status.ts';
import type { Store } from '../store/store.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';

export interface IngestCore {
  config: Config;
  logger: Logger;
  store: Store;
  hub: LiveHub;
  api: DocplannerApi;
  storage: StorageStatus;
  /** Docplanner's origin: where its published list of push senders is read. */
  origin: string;
}

export function buildIngestServices(
  core: IngestCore,
  agenda: { directory: FacilityDirectoryReader; refresher: BookingRefresher },
) {
  const { config, logger, store, hub, api, storage } = core;
  const onWriteFailed = (error: unknown) => storage.failed(error);

  // A notification with `patient: null` is read again from Docplanner, with its patient.
  const patientReader = createPatientReader({ refresher: agenda.refresher, logger });
  const processor = createProcessor({
    store,
    logger,
    timeZone: config.timeZone,
    onChanged: () => hub.notify(),
    // Address services changed on Docplanner: names and the online rule are read again; a
    // doctor's breaks changed: open agendas read theirs again.
    onRefresh: (what) => (what === 'directory' ? hub.notifyDirectory() : hub.notifyBreaks()),
    onPatientMissing: (bookingId) => void patientReader.read(bookingId),
    onWriteFailed,
    // Webhooks waiting for their commit are answered before the agenda is updated.
    busy: () => writer.queued() > 0,
  });
  const writer = createInboxWriter(store, () => processor.schedule());
  const replay = createDeadLetterReplay({ store, onWritten: () => processor.schedule() });

  const { notifications } = config;
  const puller =
    notifications.mode === 'pull'
      ? createPuller({
          api,
          writer,
          logger,
          intervalMs: notifications.intervalMs,
          canStore: () => storage.current().writable,
          onWriteFailed,
        })
      : undefined;
  const releaser = notifications.mode === 'push' ? createReleaser({ api, logger }) : undefined;
  const retention = createRetention({
    store,
    logger,
    retentionMs: config.retentionMs,
    onWriteFailed,
  });
  const webhookAllowlist = config.webhookAllowlist
    ? createWebhookAllowlist({
        source:
          config.webhookAllowlist.kind === 'docplanner'
            ? { kind: 'docplanner', origin: core.origin }
            : config.webhookAllowlist,
        logger,
      })
    : undefined;

  return {
    processor,
    writer,
    replay,
    puller,
    releaser,
    retention,
    webhookAllowlist,
    /** Present in push mode: the secret segment of the webhook path. */
    webhookSecret: notifications.mode === 'push' ? notifications.secret : undefined,
  };
}
export type IngestServices = ReturnType<typeof buildIngestServices>;
