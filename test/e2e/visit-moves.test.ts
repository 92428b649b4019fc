// Moving visits from the agenda, in a real browser on the sandbox: a video visit moved through the
// dialog (it stays purple and keeps its link; a time taken meanwhile is refused) and a visit
// dragged to a free time. (Marks, cancels and confirms: visit-actions.test.ts.)
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { signInPage } from '../support/staff-session.ts';
import { backgroundHue } from './colour.ts';
import { saveScreenshot, test } from './fixtures.ts';
import { freeSlots, patientBooks } from './sandbox-patients.ts';
import {
  agendaVisits,
  annaOnline,
  awaitVisit,
  awaitVisitOrShow,
  block,
  bookMonday,
  dragVisit,
  movedVisit,
  nowak,
  openCard,
  scene,
} from './visit-actions-scene.ts';

describe('moving visits in a real browser', () => {
  test('a video visit moved through the dialog stays purple with its link; a time taken meanwhile is refused', async ({
    page,
    server,
  }) => {
    const at = await scene(server);
    const booked = await bookMonday(at, annaOnline);
    const visit = await awaitVisit(server, at, (v) => v.id === booked.bookingId);
    expect(visit.online).toBe(true);

    await signInPage(page, 'reception');
    const card = await openCard(page, visit);
    await card.getByRole('button', { name: 'Move visit' }).click();
    const fullName = `${visit.patient.name} ${visit.patient.surname}`;
    const dialog = page.getByRole('dialog', { name: `Move ${fullName}’s visit` });
    await dialog.waitFor();
    await saveScreenshot(page, 'visit-actions-move-dialog');

    // Someone else books the time we are about to choose: Docplanner says it is taken.
    const times = dialog.getByRole('radio');
    await times.first().waitFor();
    const taken = await times.first().getAttribute('value');
    expect(taken).toBeTruthy();
    await times.first().check();
    await patientBooks(at.sandbox, { addressId: annaOnline.addressId, start: taken! });
    await dialog.getByRole('button', { name: 'Move to this time' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /taken|booked/i })
      .first()
      .waitFor();
    await saveScreenshot(page, 'visit-actions-move-refused');
    expect((await agendaVisits(server, at)).find((v) => v.id === visit.id)?.status).toBe('booked');
    await block(page, visit.id).waitFor();

    // The dialog reads the free times again: the taken one is gone. Another one works.
    await dialog.locator(`input[type="radio"][value="${taken}"]`).waitFor({ state: 'detached' });
    const free = dialog.locator(`input[type="radio"]:not([value="${taken}"])`);
    await free.first().waitFor();
    const target = (await free.first().getAttribute('value'))!;
    await free.first().check();
    const clicked = performance.now();
    await dialog.getByRole('button', { name: 'Move to this time' }).click();
    await block(page, visit.id).waitFor({ state: 'detached' });
    const moved = await awaitVisit(server, at, movedVisit(visit, target));
    await block(page, moved.id).waitFor();
    const confirmedMs = Math.round(performance.now() - clicked);
    console.log(`move: click to the moved visit confirmed on screen: ${confirmedMs} ms`);
    expect(moved.online).toBe(true);
    expect(moved.video).toEqual(visit.video);
    const hue = await backgroundHue(block(page, moved.id));
    expect(hue, 'the moved online visit stays purple').toBeGreaterThanOrEqual(250);
    expect(hue).toBeLessThanOrEqual(300);
    await saveScreenshot(page, 'visit-actions-moved');
  });

  test('a visit dragged to a free time moves there; the drop is confirmed quickly', async ({
    page,
    server,
  }) => {
    const at = await scene(server);
    const booked = await bookMonday(at, nowak);
    const visit = await awaitVisit(server, at, (v) => v.id === booked.bookingId);
    // A free start on Tuesday a whole number of hours after the visit's own time.
    const tuesday = Temporal.Instant.from(visit.start).add({ hours: 24 });
    const free = new Set(
      (await freeSlots(at.sandbox, nowak, tuesday, tuesday.add({ hours: 9 }))).map((start) =>
        Date.parse(start),
      ),
    );
    const hours = [0, 1, 2, 3, 4, 5, 6, 7, 8].find((k) =>
      free.has(tuesday.add({ hours: k }).epochMilliseconds),
    );
    expect(hours, 'a free time on Tuesday at the visit’s minute').toBeDefined();
    const target = tuesday.add({ hours: hours! }).toString();

    await signInPage(page, 'reception');
    await block(page, visit.id).waitFor();
    const dropped = performance.now();
    await dragVisit(page, visit, target);
    const moved = await awaitVisitOrShow(
      page,
      'visit-actions-drag-failed',
      server,
      at,
      movedVisit(visit, target),
    );
    await block(page, moved.id).waitFor();
    await block(page, visit.id).waitFor({ state: 'detached' });
    const confirmedMs = Math.round(performance.now() - dropped);
    console.log(`move: drop to the moved visit confirmed on screen: ${confirmedMs} ms`);
    await saveScreenshot(page, 'visit-actions-dragged');
  });
});
