// At the end of each prepaid booking's payment window (plus the grace delay), asks Docplanner
// for the booking once: a cancel or a payment word that the notifications did not bring is then
// in the projection, and the badge settles on the truth instead of an inference. Each check is
// a timer claimed in the store, so that with several instances it fires once, on one of them.
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
  /** A claim older than this whose check never said done (its instance died) is taken again. */
  const staleClaimMs = 5 * 60_000;
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
      for (const record of await options.store.bookings.prepaidBookedSince(since)) {
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
        // One check per booking and booking time: a booking booked again is checked again.
        const timerId = `payment-check:${record.id}:${record.details.bookedAt}`;
        if (!(await options.store.timerClaims.claim(timerId, now, now - staleClaimMs))) continue;
        count++;
        try {
          await options.refresher.refresh(record.id);
          await options.store.timerClaims.done(timerId);
        } catch (error) {
          await options.store.timerClaims.release(timerId).catch(() => {});
          options.logger.warn({ bookingId: record.id, err: String(error) }, 'payment check failed');
        }
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
