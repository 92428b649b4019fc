// Scenarios on the sandbox clock: the 90-minute payment window, a move keeping the video room,
// and the marketplace being deterministic for a seed.
import { describe, expect, it } from 'vitest';
import { control, drain, later } from './control-client.ts';
import { type TestSandbox, testSandbox } from './sandbox-client.ts';

const names = (events: { name: string }[]) => events.map((event) => event.name);

async function bookingOf(
  sandbox: TestSandbox,
  booked: Record<string, unknown>,
  id = booked.bookingId,
) {
  const response = await sandbox.get(
    `/api/v3/integration/facilities/139878/doctors/${booked.doctorId}/addresses/${booked.addressId}/bookings/${id}`,
  );
  return (await response.json()) as Record<string, unknown>;
}

describe('the payment window of a prepaid booking', () => {
  it('cancels an unpaid booking exactly once at booked_at + 90 minutes', async () => {
    const sandbox = await testSandbox();
    const booked = await control(sandbox, '/marketplace/book', { prepaid: true });
    expect(names(await drain(sandbox))).toEqual(['slot-booked']);
    await later(sandbox, 89);
    expect(await drain(sandbox)).toEqual([]);
    expect(await bookingOf(sandbox, booked)).toMatchObject({ status: 'booked' });
    await later(sandbox, 2);
    const [canceled, ...more] = await drain(sandbox);
    expect(more).toEqual([]);
    expect(canceled).toMatchObject({
      name: 'booking-canceled',
      created_at: '2026-11-25T11:30:00+01:00',
      data: {
        visit_booking: {
          id: booked.bookingId,
          status: 'canceled',
          canceled_at: '2026-11-25T11:30:00+01:00',
          visit_payment: true,
        },
      },
    });
    await later(sandbox, 24 * 60);
    expect(await drain(sandbox)).toEqual([]);
  });

  it('also cancels when one big clock jump passes the deadline, with the deadline as its time', async () => {
    const sandbox = await testSandbox();
    await control(sandbox, '/marketplace/book', { prepaid: true });
    await later(sandbox, 600);
    const events = await drain(sandbox);
    expect(names(events)).toEqual(['slot-booked', 'booking-canceled']);
    expect(events[1]?.created_at).toBe('2026-11-25T11:30:00+01:00');
  });

  it('leaves a booking paid within the window alone', async () => {
    const sandbox = await testSandbox();
    const booked = await control(sandbox, '/marketplace/book', { prepaid: true });
    await later(sandbox, 30);
    await control(sandbox, `/bookings/${booked.bookingId}/payment`, { status: 'paid' });
    await later(sandbox, 120);
    expect(names(await drain(sandbox))).toEqual(['slot-booked', 'booking-payment-status-changed']);
    expect(await bookingOf(sandbox, booked)).toMatchObject({
      status: 'booked',
      visit_payment_status: 'paid',
    });
  });

  it('follows the visit through a move: the successor is the one cancelled, once', async () => {
    const sandbox = await testSandbox();
    const booked = await control(sandbox, '/marketplace/book', { prepaid: true });
    const moved = await control(sandbox, `/bookings/${booked.bookingId}/move`, {});
    await later(sandbox, 95);
    const events = await drain(sandbox);
    expect(names(events)).toEqual(['slot-booked', 'booking-moved', 'booking-canceled']);
    expect(events[2]?.data.visit_booking).toMatchObject({ id: moved.newBookingId });
  });
});

describe('video visits', () => {
  it('keep their videocall_url across a move (control API and moveBooking)', async () => {
    const sandbox = await testSandbox();
    const booked = await control(sandbox, '/marketplace/book', { online: true, prepaid: false });
    expect(booked.videocallUrl).toMatch(/^https:\/\//);
    const first = await control(sandbox, `/bookings/${booked.bookingId}/move`, {});
    const path = `/api/v3/integration/facilities/139878/doctors/${booked.doctorId}/addresses/${booked.addressId}/bookings/${first.newBookingId}`;
    const current = await bookingOf(sandbox, booked, first.newBookingId);
    const service = current.address_service as { id: string };
    const again = await sandbox.request(`${path}/move`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ address_service_id: service.id, start: '2026-11-27T15:00:00+01:00' }),
    });
    expect(again.status).toBe(201);
    const last = (await again.json()) as { id: string; videocall_url: string };
    expect(last.videocall_url).toBe(booked.videocallUrl);
    const events = await drain(sandbox);
    expect(names(events)).toEqual(['slot-booked', 'booking-moved', 'booking-moved']);
    for (const moved of events.slice(1)) {
      expect(moved.data.old_visit_booking).toMatchObject({ videocall_url: booked.videocallUrl });
      expect(moved.data.new_visit_booking).toMatchObject({ videocall_url: booked.videocallUrl });
    }
  });
});

describe('the living marketplace', () => {
  async function play(seed: number) {
    const sandbox = await testSandbox(undefined, seed);
    const steps = [];
    for (let index = 0; index < 40; index += 1) {
      steps.push(await control(sandbox, '/marketplace/step'));
      await later(sandbox, 20);
    }
    await later(sandbox, 180);
    return { steps, events: await drain(sandbox), sandbox };
  }

  it('is deterministic for a seed and plays every kind of patient action', async () => {
    const one = await play(7);
    const two = await play(7);
    expect(two.steps).toEqual(one.steps);
    expect(two.events).toEqual(one.events);
    const kinds = new Set(names(one.events));
    for (const name of ['slot-booked', 'booking-canceled', 'booking-payment-status-changed']) {
      expect(kinds, name).toContain(name);
    }
    expect(new Set(one.steps.map((step) => step.action)).size).toBeGreaterThanOrEqual(3);
  });

  it('settles every prepaid booking it made: paid, or cancelled exactly once', async () => {
    const { steps, events, sandbox } = await play(3);
    const prepaid = steps.filter((step) => step.action === 'book' && step.payment);
    expect(prepaid.length).toBeGreaterThan(0);
    for (const step of prepaid) {
      const record = sandbox.state.world.bookings.find((b) => b.id === step.bookingId);
      const newest = sandbox.state.world.bookings.find((b) => b.id === record?.newestBookingId);
      const cancellations = events.filter(
        (event) =>
          event.name === 'booking-canceled' &&
          (event.data.visit_booking as { id: string }).id === newest?.id,
      );
      if (newest?.visitPaymentStatus === 'paid') expect(newest.status).toBe('booked');
      else expect(cancellations.length, `${step.bookingId}`).toBeLessThanOrEqual(1);
      if (step.payment === 'never-pays' && newest?.status === 'canceled') {
        expect(cancellations).toHaveLength(1);
      }
    }
  });

  it('runs by itself on the sandbox clock when enabled', async () => {
    const sandbox = await testSandbox();
    await control(sandbox, '/marketplace', { enabled: true, eventsPerHour: 60 });
    await later(sandbox, 60 * 3);
    const events = await drain(sandbox);
    expect(events.length).toBeGreaterThanOrEqual(1);
    await control(sandbox, '/marketplace', { enabled: false });
    await later(sandbox, 60 * 3);
    // Payments already under way may still settle; no patient books any more.
    expect(names(await drain(sandbox))).not.toContain('slot-booked');
  });
});
