// The living marketplace: a seeded, deterministic player of Docplanner's patients. Each step
// does one thing a patient would (book, reschedule, cancel, confirm, turn up or not); prepaid
// bookings walk their payment on sandbox-time timers. Steps run on the sandbox clock at
// `eventsPerHour` (sandbox hours) when enabled, or one at a time through the control API.
import { Temporal } from 'temporal-polyfill';
import { cancelBooking, confirmBooking, markPresence, moveBooking } from '../agenda-changes.ts';
import { deriveSeed, type Random, seededRandom } from '../random.ts';
import type { SandboxState } from '../state.ts';
import { toWireDateTime } from '../time.ts';
import type { BookingRecord } from '../world/model.ts';
import { openSlots } from '../world/slots.ts';
import type {
  Marketplace,
  MarketplaceAction,
  MarketplaceSettings,
  StepResult,
} from './marketplace.ts';
import { patientBooksSlot } from './patient-actions.ts';
import { planPayment } from './payments.ts';

const weights: [MarketplaceAction, number][] = [
  ['book', 45],
  ['reschedule', 15],
  ['cancel', 10],
  ['confirm', 12],
  ['presence', 18],
];

export function createMarketplace(
  state: SandboxState,
  initial: Partial<MarketplaceSettings> = {},
): Marketplace {
  let settings: MarketplaceSettings = { enabled: false, eventsPerHour: 120, ...initial };
  let random: Random = seededRandom(deriveSeed(state.seed, 'marketplace'));
  let generation = 0;
  const now = () => Temporal.Instant.fromEpochMilliseconds(state.clock.now().getTime());

  const visits = (filter: (booking: BookingRecord) => boolean) =>
    state.world.bookings.filter((booking) => booking.status === 'booked' && filter(booking));
  const upcoming = () =>
    visits(
      (booking) => booking.startAt.epochMilliseconds > now().add({ hours: 2 }).epochMilliseconds,
    );

  const act: Record<MarketplaceAction, () => Omit<StepResult, 'at'> | null> = {
    book() {
      const booking = patientBooksSlot(state, { online: random.chance(0.4) }, random);
      const payment = booking.visitPayment ? planPayment(state, booking, random) : undefined;
      return { action: 'book', bookingId: booking.id, ...(payment && { payment }) };
    },
    reschedule() {
      const candidates = upcoming();
      if (candidates.length === 0) return null;
      const booking = random.pick(candidates);
      const address = state.world.addresses.find((a) => a.id === booking.addressId);
      if (!address) return null;
      const slots = openSlots(state.world, {
        address,
        from: now().add({ hours: 2 }),
        to: now().add({ hours: 24 * 10 }),
        now: now(),
      }).filter((slot) =>
        slot.services.some((s) => s.addressServiceId === booking.addressServiceId),
      );
      if (slots.length === 0) return null;
      const slot = random.pick(slots.slice(0, 60));
      const moved = moveBooking(
        state,
        booking,
        {
          address,
          request: {
            address_service_id: booking.addressServiceId,
            start: toWireDateTime(slot.start),
          },
        },
        'user',
      );
      return { action: 'reschedule', bookingId: booking.id, newBookingId: moved.id };
    },
    cancel() {
      const candidates = upcoming();
      if (candidates.length === 0) return null;
      const booking = random.pick(candidates);
      cancelBooking(state, booking, random.chance(0.8) ? 'user' : 'doctor');
      return { action: 'cancel', bookingId: booking.id };
    },
    confirm() {
      const candidates = upcoming().filter((booking) => !booking.confirmed);
      if (candidates.length === 0) return null;
      const booking = random.pick(candidates);
      confirmBooking(state, booking);
      return { action: 'confirm', bookingId: booking.id };
    },
    presence() {
      const candidates = visits(
        (booking) =>
          booking.presence === null &&
          booking.endAt.epochMilliseconds <= now().epochMilliseconds &&
          booking.startAt.epochMilliseconds > now().subtract({ hours: 24 * 7 }).epochMilliseconds,
      );
      if (candidates.length === 0) return null;
      const booking = random.pick(candidates);
      markPresence(state, booking, random.chance(0.85) ? 'present' : 'absent');
      return { action: 'presence', bookingId: booking.id };
    },
  };

  const pickAction = (): MarketplaceAction => {
    let roll = random.int(
      1,
      weights.reduce((sum, [, weight]) => sum + weight, 0),
    );
    for (const [action, weight] of weights) {
      roll -= weight;
      if (roll <= 0) return action;
    }
    return 'book';
  };

  const step = (wanted?: MarketplaceAction): StepResult => {
    const at = toWireDateTime(now());
    const chosen = wanted ?? pickAction();
    // When the chosen action has nothing to act on, a patient books instead.
    const tried = [chosen, ...(wanted ? [] : (['book'] as const))];
    for (const action of tried) {
      try {
        const done = act[action]();
        if (done) return { ...done, at };
      } catch {
        // A full calendar or a clash: nothing happens this step.
      }
    }
    return { action: 'none', at };
  };

  const plan = () => {
    generation += 1;
    if (!settings.enabled || settings.eventsPerHour <= 0) return;
    const mine = generation;
    const gapMs = (3_600_000 / settings.eventsPerHour) * (0.67 + random.next() * 0.66);
    state.timers.at(now().add({ milliseconds: Math.round(gapMs) }), 'marketplace step', () => {
      if (mine !== generation) return;
      step();
      plan();
    });
  };

  state.afterReset.push(() => {
    random = seededRandom(deriveSeed(state.seed, 'marketplace'));
    plan();
  });
  plan();

  return {
    settings: () => settings,
    configure(change) {
      settings = { ...settings, ...change };
      plan();
      return settings;
    },
    step,
  };
}
