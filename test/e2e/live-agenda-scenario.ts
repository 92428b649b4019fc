// The live agenda as reception sees it, for one notification mode (pull or push): while the week
// is open, a patient books, another cancels and a third moves through Docplanner (the sandbox's
// control API), and the open page shows each change — without a reload.
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { signInApi, signInPage } from '../support/staff-session.ts';
import {
  sandboxControl,
  sandboxUrlOf,
  saveScreenshot,
  type testWithServerEnv,
} from './fixtures.ts';
import {
  clinicDate,
  clockText,
  freeSlots,
  patientBooksFreeSlot,
  patientCancels,
  patientMoves,
  startOfThisWorkingWeek,
} from './sandbox-patients.ts';

// Dr Piotr Nowak's in-person address: no payments, so nothing else changes on its blocks.
const nowak = { doctorId: '100102', addressId: '200102' };

/** How long a change may take from Docplanner to the screen before the test fails. */
const liveTimeoutMs = 10_000;

export function describeLiveAgenda(
  test: ReturnType<typeof testWithServerEnv>,
  mode: 'pull' | 'push',
): void {
  describe(`the live agenda (${mode} mode)`, () => {
    test('a booking appears, a cancellation shows as cancelled and a move moves, without reload', async ({
      page,
      server,
    }) => {
      const sandbox = sandboxUrlOf(server);
      const session = await signInApi(server.url, 'reception');
      const monday = await startOfThisWorkingWeek(server, session);
      // Wednesday and Thursday of the week on screen: far from now, in view, an hour apart.
      const wednesday = (hour: number) => monday.add({ days: 2, hours: hour }).toInstant();
      const thursday = (hour: number) => monday.add({ days: 3, hours: hour }).toInstant();
      const friday = (hour: number) => monday.add({ days: 4, hours: hour }).toInstant();
      // Two visits exist before the page opens; the third is booked while it is open.
      const cancelled = await patientBooksFreeSlot(sandbox, nowak, wednesday(9), wednesday(10));
      const moved = await patientBooksFreeSlot(sandbox, nowak, wednesday(11), wednesday(12));

      await signInPage(page, 'reception');
      const live = page.getByRole('status').filter({ hasText: /^Live$/ });
      await live.waitFor({ timeout: liveTimeoutMs });
      await expectVisitAt(page, cancelled.bookingId, cancelled.start);
      await expectVisitAt(page, moved.bookingId, moved.start);
      // Survives only if the page is never reloaded.
      await page.evaluate(() => {
        (window as unknown as { __marker: number }).__marker = 1;
      });

      const booked = await patientBooksFreeSlot(sandbox, nowak, friday(9), friday(11));
      await expectVisitAt(page, booked.bookingId, booked.start);

      await patientCancels(sandbox, cancelled.bookingId);
      const cancelledBlock = visitBlock(page, cancelled.bookingId);
      await expect
        .poll(() => cancelledBlock.textContent(), { timeout: liveTimeoutMs })
        .toContain('Cancelled');
      await expectVisitAt(page, cancelled.bookingId, cancelled.start);

      const [moveTarget] = await freeSlots(sandbox, nowak, thursday(10), thursday(11));
      expect(moveTarget, 'a free slot on Thursday morning').toBeDefined();
      const moveAnswer = await patientMoves(sandbox, moved.bookingId, moveTarget!);
      expect(Date.parse(moveAnswer.start)).toBe(Date.parse(moveTarget!));
      await expectVisitAt(page, moveAnswer.newBookingId, moveTarget!);
      await expect
        .poll(() => visitBlock(page, moved.bookingId).count(), { timeout: liveTimeoutMs })
        .toBe(0);

      await saveScreenshot(page, `live-agenda-${mode}`);
      // The changes came the way this file's server was configured to receive them.
      const delivery = (await sandboxControl(sandbox, 'GET', '/notifications')) as {
        mode: string;
        pulled: number;
        delivered: number;
      };
      expect(delivery.mode).toBe(mode);
      expect(mode === 'pull' ? delivery.pulled : delivery.delivered).toBeGreaterThanOrEqual(5);
      expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(
        1,
      );
      expect(await live.count(), 'the connection indicator still says Live').toBe(1);
    });
  });
}

function visitBlock(page: Page, visitId: string): Locator {
  return page.locator(`[data-visit-id="${visitId}"]`);
}

/** The visit is drawn once, in its day's column, with its start time. */
async function expectVisitAt(page: Page, visitId: string, start: string): Promise<void> {
  const block = visitBlock(page, visitId);
  await expect.poll(() => block.count(), { timeout: liveTimeoutMs }).toBe(1);
  expect(await block.locator('.visit-block__time').textContent()).toContain(clockText(start));
  const column = page.locator(`[role="cell"][data-date="${clinicDate(start)}"]`);
  expect(await column.locator(`[data-visit-id="${visitId}"]`).count()).toBe(1);
}
