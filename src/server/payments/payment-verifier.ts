// At the end of each prepaid booking's payment window (plus the grace delay), asks Docplanner
// for the booking once: a cancel or a payment word that the notifications did not bring is then
// in the projection, and the badge settles on the truth instead of an inference.
import { paymentView } from '../../shared/domain/payment-window.ts';
import type { BookingRefresher } from '../agenda/booking-refresher.ts';
import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';

export function createPaymentVerifier(options: {
  store: Store;
  clock: Clock;
  refresher: BookingRefresher;
  logger: Logger;
  windowMinutes: number;
  graceMinutes: number;
  tickMs?: number;
}) {
  const checked = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let busy = false;
  const settings = { windowMinutes: options.windowMinutes, graceMinutes: options.graceMinutes };

  /** Checks every booking whose window ended; returns how many were checked. */
  async function tick(): Promise<number> {
    if (busy) return 0;
    busy = true;
    let count = 0;
    try {
      const now = options.clock.now();
      // Windows that ended within the last day; older ones were settled long ago.
      const since =
        now - 24 * 60 * 60_000 - (settings.windowMinutes + settings.graceMinutes) * 60_000;
      for (const record of options.store.bookings.prepaidBookedSince(since)) {
        if (checked.has(record.id)) continue;
        const view = paymentView(
          {
            visitPayment: true,
            bookedAt: record.details.bookedAt,
            status: record.status,
            visitPaymentStatus: record.visitPaymentStatus,
          },
          now,
          settings,
        );
        if (
          view?.state !== 'verifying' &&
          !(view?.state === 'paid' && view.how === 'window-passed')
        ) {
          continue;
        }
        checked.add(record.id);
        count++;
        await options.refresher.refresh(record.id).catch((error: unknown) => {
          checked.delete(record.id);
          options.logger.warn({ bookingId: record.id, err: String(error) }, 'payment check failed');
        });
      }
    } finally {
      busy = false;
    }
    return count;
  }

  return {
    tick,
    start(): void {
      timer = setInterval(() => void tick(), options.tickMs ?? 10_000);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}
