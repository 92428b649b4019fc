// Doctors' breaks in a real browser on the sandbox: reception drags an hour in the grid and adds
// a break for a doctor; it is drawn hatched with its time, in a second open agenda too. It is
// dragged to a later hour (Docplanner moves it), opened, and deleted; a break someone removed on
// Docplanner meanwhile cannot be deleted again: the agenda says so.
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { type Break, breaksSchema } from '../../src/shared/api/breaks.ts';
import type { ProductionServer } from '../support/production-server.ts';
import {
  type ApiSession,
  secondSignedInPage,
  signInApi,
  signInPage,
} from '../support/staff-session.ts';
import { sandboxUrlOf, saveScreenshot, test } from './fixtures.ts';
import { selectHours, showDay } from './grid.ts';
import { clinicZone, docplannerDeletesBreak, startOfThisWorkingWeek } from './sandbox-patients.ts';

const nowak = { doctorId: '100102', addressId: '200102', label: 'Dr Piotr Nowak' };

async function breaksOf(
  server: ProductionServer,
  session: ApiSession,
  monday: Temporal.ZonedDateTime,
): Promise<Break[]> {
  const query = new URLSearchParams({
    from: monday.toInstant().toString(),
    to: monday.add({ days: 7 }).toInstant().toString(),
  });
  const response = await fetch(`${server.url}/api/breaks?${query}`, { headers: session.headers });
  if (!response.ok) throw new Error(`GET /api/breaks: HTTP ${response.status}`);
  return breaksSchema.parse(await response.json()).breaks;
}

const breakBlock = (page: Page, time: string) =>
  page.getByRole('button', { name: `Break ${time} (${nowak.label.replace('Dr ', '')})` });

/** Drags a break's block down by whole hours in its day's column. */
async function dragDown(
  page: Page,
  block: ReturnType<typeof breakBlock>,
  from: string,
  to: string,
) {
  // Both hours in view whatever the grid opened on: the demo's near-now visits follow the hour
  // of the run, and one after midnight widens the day so far that 15:00 opens below the screen.
  await page
    .locator(`[data-time="${from}"]`)
    .last()
    .evaluate((row) => row.scrollIntoView({ block: 'start' }));
  const fromRow = await page.locator(`[data-time="${from}"]`).last().boundingBox();
  const toRow = await page.locator(`[data-time="${to}"]`).last().boundingBox();
  const box = await block.boundingBox();
  if (!fromRow || !toRow || !box) throw new Error('the grid has no such place');
  const x = box.x + box.width / 2;
  const y = box.y + 6;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 12, { steps: 3 });
  await page.mouse.move(x, y + (toRow.y - fromRow.y), { steps: 10 });
  await page.mouse.up();
}

describe('breaks in a real browser', () => {
  test('reception adds a break, every open agenda draws it, drags it later, deletes it; a break gone from Docplanner is said to be gone', async ({
    page,
    browser,
    server,
  }) => {
    const session = await signInApi(server.url, 'reception');
    const monday = await startOfThisWorkingWeek(server, session);
    const day = monday.toPlainDate().toString();
    await signInPage(page, 'reception');
    const other = await secondSignedInPage(browser, server.url);
    await showDay(other, day);
    await showDay(page, day);

    // Add: a range picked in the grid, "Add a break", the doctor (all doctors are on screen).
    await selectHours(page, day, '13:00:00', '14:00:00');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Add a break/ })
      .click();
    const form = page.getByRole('dialog', { name: 'Add a break' });
    await form.getByLabel('Doctor', { exact: true }).selectOption({ label: nowak.label });
    await saveScreenshot(page, 'breaks-add');
    const started = Date.now();
    await form.getByRole('button', { name: 'Add break' }).click();
    await form.waitFor({ state: 'detached' });
    await breakBlock(page, '13:00–14:00').waitFor();
    await breakBlock(other, '13:00–14:00').waitFor();
    const liveMs = Date.now() - started;
    console.log(`breaks: click to the break in a second agenda: ${liveMs} ms`);
    expect(liveMs, 'the other agenda draws the break').toBeLessThan(3_000);
    const [added] = (await breaksOf(server, session, monday)).filter(
      (pause) => pause.doctorId === nowak.doctorId,
    );
    expect(added).toMatchObject({ addressId: nowak.addressId });
    expect(Temporal.Instant.from(added!.start).toZonedDateTimeISO(clinicZone).hour).toBe(13);
    expect(Temporal.Instant.from(added!.end).toZonedDateTimeISO(clinicZone).hour).toBe(14);
    await saveScreenshot(page, 'breaks-drawn');

    // Move: dragged two hours later; Docplanner has it at 15:00 and the other agenda follows.
    const dropStarted = Date.now();
    await dragDown(page, breakBlock(page, '13:00–14:00'), '13:00:00', '15:00:00');
    await breakBlock(other, '15:00–16:00').waitFor();
    console.log(`breaks: drop to moved in a second agenda: ${Date.now() - dropStarted} ms`);
    await breakBlock(page, '15:00–16:00').waitFor();
    const [moved] = await breaksOf(server, session, monday);
    expect(moved?.id).toBe(added?.id);
    expect(Temporal.Instant.from(moved!.start).toZonedDateTimeISO(clinicZone).hour).toBe(15);

    // Open and delete.
    await breakBlock(page, '15:00–16:00').click();
    const opened = page.getByRole('dialog', { name: 'Break' });
    await opened.getByText(nowak.label).waitFor();
    await saveScreenshot(page, 'breaks-open');
    await opened.getByRole('button', { name: 'Delete break' }).click();
    await breakBlock(page, '15:00–16:00').waitFor({ state: 'detached' });
    await breakBlock(other, '15:00–16:00').waitFor({ state: 'detached' });
    expect(await breaksOf(server, session, monday)).toHaveLength(0);

    // Refused: a break opened here, removed on Docplanner before "Delete break" is pressed.
    await selectHours(page, day, '17:00:00', '18:00:00');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Add a break/ })
      .click();
    const again = page.getByRole('dialog', { name: 'Add a break' });
    await again.getByLabel('Doctor', { exact: true }).selectOption({ label: nowak.label });
    await again.getByRole('button', { name: 'Add break' }).click();
    await expect.poll(async () => (await breaksOf(server, session, monday)).length).toBe(1);
    const [second] = await breaksOf(server, session, monday);
    // Wait for the saved break (not the one drawn while it was being added) before opening it.
    await expect.poll(() => page.locator('.agenda-break').count(), { timeout: 5_000 }).toBe(1);
    await breakBlock(page, '17:00–18:00').click();
    const openedAgain = page.getByRole('dialog', { name: 'Break' });
    await openedAgain.getByRole('button', { name: 'Delete break', disabled: false }).waitFor();
    await docplannerDeletesBreak(sandboxUrlOf(server), nowak, second!.id);
    await openedAgain.getByRole('button', { name: 'Delete break' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The break was not deleted' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/Docplanner no longer has this break/);
    await saveScreenshot(page, 'breaks-refused');
    await breakBlock(page, '17:00–18:00').waitFor({ state: 'detached' });
    await other.context().close();
  });
});
