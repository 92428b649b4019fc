// How a marketplace patient settles a prepaid visit: pays within the window, tries and fails,
// or never pays (then the window, watched in agenda-changes.ts, cancels the visit at +90 min).
import { changePayment, newestOf, paymentWindowMinutes } from '../agenda-changes.ts';
import type { Random } from '../random.ts';
import type { SandboxState } from '../state.ts';
import type { BookingRecord } from '../world/model.ts';
import type { PaymentOutcome } from './marketplace.ts';

export function planPayment(
  state: SandboxState,
  booking: BookingRecord,
  random: Random,
): PaymentOutcome {
  const outcome: PaymentOutcome = random.pick(['pays', 'pays', 'pays', 'fails', 'never-pays']);
  if (outcome === 'never-pays') return outcome;
  const world = state.world;
  const startsPaying = booking.bookedAt.add({ minutes: random.int(2, paymentWindowMinutes - 30) });
  const finishes = startsPaying.add({ minutes: random.int(1, 15) });
  // Each step acts on the visit as it is then (it may have been moved or cancelled meanwhile).
  const whenStillOpen = (action: (current: BookingRecord) => void) => () => {
    if (state.world !== world) return;
    const current = newestOf(state, booking);
    if (current.status === 'booked' && current.visitPaymentStatus !== 'paid') action(current);
  };
  state.timers.at(
    startsPaying,
    `payment start of ${booking.id}`,
    whenStillOpen((current) => changePayment(state, current, 'waiting_for_confirmation')),
  );
  state.timers.at(
    finishes,
    `payment end of ${booking.id}`,
    whenStillOpen((current) =>
      changePayment(state, current, outcome === 'pays' ? 'paid' : 'not-paid'),
    ),
  );
  return outcome;
}
