// Reception watches prepaid visits: a booking on a paying address shows "Waiting for payment" with
// a live countdown, turns "Paid" when the patient pays; another is never paid and, 90 minutes of
// sandbox time later, shows "Not paid — cancelled by Docplanner" without a reload; the board's
// counts follow.
import type { Locator, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { type Agenda, agendaSchema } from '../../src/shared/api/agenda.ts';
import type { ProductionServer } from '../support/production-server.ts';
import { type ApiSession, signInApi, signInPage } from '../support/staff-session.ts';
import { sandboxControl, sandboxUrlOf, saveScreenshot, test } from './fixtures.ts';
import {
  annaOnline,
  clinicClock,
  freeStarts,
  mondayMorning,
  patientBooks,
  type SandboxBooking,
} from './prepaid-bookings.ts';

/** The count cards we follow, by the `data-kind` of the board. */
const followedKinds = ['awaiting', 'paid-confirmed', 'cancelled-unpaid'] as const;
type Counts = Record<(typeof followedKinds)[number], number>;

describe('payments in a real browser', () => {
  test('awaiting with a countdown, then paid; never paid, then cancelled at +90 min; counts follow', async ({
    page,
    server,
  }) => {
    const sandbox = sandboxUrlOf(server);
    const session = await signInApi(server.url, 'reception');
    const monday = await mondayMorning(server, session);
    const [payingStart, neverPayingStart] = await freeStarts(sandbox, annaOnline, monday, 2);

    await signInPage(page, 'reception');
    await page.getByRole('link', { name: 'Payments' }).click();
    const before = await readCounts(page);

    const paying = await bookPrepaid(sandbox, payingStart!);
    const neverPaying = await bookPrepaid(sandbox, neverPayingStart!);
    expect(paying.visitPayment, 'a booking at a paying address is prepaid').toBe(true);

    // The board hears of both bookings live, each "Waiting for payment — N min left", with the
    // time Docplanner cancels it if unpaid.
    await expect
      .poll(() => readCounts(page), { timeout: 15_000 })
      .toEqual({ ...before, awaiting: before.awaiting + 2 });
    const payBy = clinicClock(await deadlineOf(server, session, paying.bookingId));
    const row = page.locator(`tr[data-visit-id="${paying.bookingId}"]`);
    expect(await row.getAttribute('data-kind')).toBe('awaiting');
    expect(await row.textContent()).toMatch(
      new RegExp(
        `Waiting for payment — 1 h (30|29) min left.*If unpaid, Docplanner cancels the visit at ${payBy}`,
      ),
    );
    await saveScreenshot(page, 'payments-board-awaiting');
    // The countdown is live: ten minutes of sandbox time later it says so, without a reload.
    await sandboxControl(sandbox, 'POST', '/clock', { advanceMinutes: 10 });
    await expect
      .poll(() => row.textContent(), { timeout: 15_000 })
      .toMatch(/Waiting for payment — 1 h (20|19) min left/);

    // The agenda's block and card say the same.
    await page.getByRole('link', { name: '← Agenda' }).click();
    const payingBadge = badgeOf(page, paying.bookingId);
    await payingBadge.waitFor();
    expect(await payingBadge.getAttribute('data-payment-state')).toBe('awaiting');
    expect(await payingBadge.textContent()).toMatch(
      new RegExp(
        `Waiting for payment — 1 h (20|19) min left.*If unpaid, Docplanner cancels the visit at ${payBy}`,
      ),
    );
    await page.locator(`[data-visit-id="${paying.bookingId}"]`).first().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'payments-agenda-awaiting');
    const card = await openCard(page, paying.bookingId);
    await card.getByText(/^Waiting for payment — 1 h (20|19) min left$/).waitFor();
    await card.getByText(`If unpaid, Docplanner cancels the visit at ${payBy}`).waitFor();
    await saveScreenshot(page, 'payments-card-awaiting');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    // Everything from here on arrives live: a reload would lose this mark.
    await page.evaluate(() => {
      (window as unknown as { paymentsTestMark: boolean }).paymentsTestMark = true;
    });

    await sandboxControl(sandbox, 'POST', `/bookings/${paying.bookingId}/payment`, {
      status: 'paid',
    });
    await expect
      .poll(() => payingBadge.getAttribute('data-payment-state'), { timeout: 15_000 })
      .toBe('paid-confirmed');
    expect(await payingBadge.textContent()).toContain('Paid');

    // The other patient never pays: at booked_at + 90 min the sandbox cancels the booking (we
    // are now 91 minutes after the booking).
    await sandboxControl(sandbox, 'POST', '/clock', { advanceMinutes: 81 });
    const unpaidBadge = badgeOf(page, neverPaying.bookingId);
    await expect
      .poll(() => unpaidBadge.getAttribute('data-payment-state'), { timeout: 20_000 })
      .toBe('cancelled-unpaid');
    expect(await unpaidBadge.textContent()).toContain('Not paid — cancelled by Docplanner');
    expect(await payingBadge.getAttribute('data-payment-state')).toBe('paid-confirmed');
    const unpaidCard = await openCard(page, neverPaying.bookingId);
    await unpaidCard.getByText('Not paid — cancelled by Docplanner').waitFor();
    await saveScreenshot(page, 'payments-card-cancelled-unpaid');
    await page.keyboard.press('Escape');
    await page
      .locator(`[data-visit-id="${neverPaying.bookingId}"]`)
      .first()
      .scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'payments-agenda-paid-and-cancelled');

    await page.getByRole('link', { name: 'Payments' }).click();
    await expect
      .poll(() => readCounts(page), { timeout: 15_000 })
      .toEqual({
        awaiting: before.awaiting,
        'paid-confirmed': before['paid-confirmed'] + 1,
        'cancelled-unpaid': before['cancelled-unpaid'] + 1,
      });
    expect(await page.locator(`tr[data-visit-id="${paying.bookingId}"]`).textContent()).toContain(
      'Paid',
    );
    expect(
      await page.locator(`tr[data-visit-id="${neverPaying.bookingId}"]`).textContent(),
    ).toContain('Not paid — cancelled by Docplanner');
    await saveScreenshot(page, 'payments-board-after');
    expect(
      await page.evaluate(
        () => (window as unknown as { paymentsTestMark?: boolean }).paymentsTestMark,
      ),
      'the page was not reloaded',
    ).toBe(true);
  });
});

function bookPrepaid(sandbox: string, start: string): Promise<SandboxBooking> {
  return patientBooks(sandbox, { addressId: annaOnline.addressId, start, prepaid: true });
}

/** The count cards of the board once it has loaded (it always has seeded prepaid visits). */
async function readCounts(page: Page): Promise<Counts> {
  await page.locator('tr[data-visit-id]').first().waitFor();
  const counts = {} as Counts;
  for (const kind of followedKinds) {
    const text = await page
      .locator(`.payment-count[data-kind="${kind}"] .payment-count__number`)
      .textContent();
    counts[kind] = Number(text);
  }
  return counts;
}

/** The payment badge in a visit's agenda block. */
function badgeOf(page: Page, visitId: string): Locator {
  return page.locator(`[data-visit-id="${visitId}"] [data-payment-state]`).first();
}

async function openCard(page: Page, visitId: string): Promise<Locator> {
  await page.locator(`[data-visit-id="${visitId}"]`).first().click();
  const card = page.getByRole('dialog');
  await card.waitFor();
  return card;
}

/** When the patient must have paid by: booked at + 90 minutes, as the server tells. */
async function deadlineOf(
  server: ProductionServer,
  session: ApiSession,
  visitId: string,
): Promise<string> {
  const now = Temporal.Now.instant();
  const query = new URLSearchParams({
    from: now.subtract({ hours: 24 * 8 }).toString(),
    to: now.add({ hours: 24 * 8 }).toString(),
  });
  const response = await fetch(`${server.url}/api/agenda?${query}`, { headers: session.headers });
  const agenda: Agenda = agendaSchema.parse(await response.json());
  const visit = agenda.visits.find((candidate) => candidate.id === visitId);
  if (!visit?.bookedAt) throw new Error(`visit ${visitId} has no booking time in the agenda`);
  return Temporal.Instant.from(visit.bookedAt).add({ minutes: 90 }).toString();
}
