// Working the day from the agenda, in a real browser on the sandbox: reception marks a patient
// arrived (and a second open agenda sees it live), cancels with a reason and confirms. Each action
// also meets one refusal: the page rolls back and says why. (Moving visits: visit-moves.test.ts.)
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { signInPage } from '../support/staff-session.ts';
import { saveScreenshot, setSandboxClock, test } from './fixtures.ts';
import {
  agendaVisits,
  awaitVisit,
  bookMonday,
  docplannerAlert,
  liveBudgetMs,
  nowak,
  openCard,
  scene,
  secondAgenda,
  whileDocplannerFails,
} from './visit-actions-scene.ts';

describe('acting on visits in a real browser', () => {
  test('reception marks a patient arrived and then no-show; another open agenda sees it within a second; a refused mark rolls back', async ({
    page,
    server,
    browser,
  }) => {
    const at = await scene(server);
    const booked = await bookMonday(at, nowak);
    const visit = await awaitVisit(server, at, (candidate) => candidate.id === booked.bookingId);

    // Before the visit begins there is nothing to mark (Docplanner refuses it too).
    await signInPage(page, 'reception');
    let card = await openCard(page, visit);
    await card.getByRole('button', { name: 'Move visit' }).waitFor();
    expect(await card.getByRole('group', { name: 'Did the patient come?' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // Five minutes into the visit.
    await setSandboxClock(
      server,
      at.session,
      Temporal.Instant.from(visit.start)
        .add({ minutes: 5 })
        .toZonedDateTimeISO('Europe/Warsaw')
        .toString({ timeZoneName: 'never' }),
    );
    await page.reload();
    const other = await secondAgenda(browser, server);
    card = await openCard(page, visit);
    const watching = await openCard(other, visit);

    const presence = card.getByRole('group', { name: 'Did the patient come?' });
    const arrived = presence.getByRole('button', { name: 'In the waiting room' });
    const started = Date.now();
    await arrived.click();
    expect(await arrived.getAttribute('aria-pressed')).toBe('true');
    const seenThere = watching
      .getByRole('group', { name: 'Did the patient come?' })
      .getByRole('button', { name: 'In the waiting room' });
    await expect
      .poll(() => seenThere.getAttribute('aria-pressed'), { timeout: 5_000 })
      .toBe('true');
    const liveMs = Date.now() - started;
    expect(liveMs, 'the other agenda sees the mark').toBeLessThan(liveBudgetMs * 3);
    await saveScreenshot(page, 'visit-actions-arrived');

    // Reversible the same day: the other button switches it.
    await presence.getByRole('button', { name: 'No-show' }).click();
    await expect
      .poll(() => presence.getByRole('button', { name: 'No-show' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect
      .poll(async () => (await agendaVisits(server, at)).find((v) => v.id === visit.id)?.presence)
      .toBe('absent');
    // The history says who did it.
    await expect.poll(() => card.textContent()).toMatch(/Reception desk/);

    // Docplanner fails: the mark goes back and the page says so.
    await whileDocplannerFails(at, async () => {
      await arrived.click();
      await docplannerAlert(page);
      await expect.poll(() => arrived.getAttribute('aria-pressed')).toBe('false');
      await saveScreenshot(page, 'visit-actions-refused-presence');
    });
    expect((await agendaVisits(server, at)).find((v) => v.id === visit.id)?.presence).toBe(
      'absent',
    );
    await other.context().close();
  });

  test('reception cancels a visit with a reason, and confirms another; refused ones stay as they were', async ({
    page,
    server,
  }) => {
    const at = await scene(server);
    const first = await bookMonday(at, nowak);
    const second = await bookMonday(at, nowak, 12);
    const toCancel = await awaitVisit(server, at, (v) => v.id === first.bookingId);
    const toConfirm = await awaitVisit(server, at, (v) => v.id === second.bookingId);
    expect(toConfirm.confirmed, 'a patient’s own booking waits for confirmation').toBe(false);

    await signInPage(page, 'reception');
    let card = await openCard(page, toCancel);
    await card.getByRole('button', { name: 'Cancel visit' }).click();
    await card.getByLabel('Reason (optional, sent to the patient)').fill('The doctor is ill');
    await saveScreenshot(page, 'visit-actions-cancel');

    // First Docplanner fails: the visit stays booked, and the page says so.
    await whileDocplannerFails(at, async () => {
      await card.getByRole('button', { name: 'Yes, cancel the visit' }).click();
      await docplannerAlert(page);
    });
    expect((await agendaVisits(server, at)).find((v) => v.id === toCancel.id)?.status).toBe(
      'booked',
    );

    // Then it works.
    if (!(await card.getByRole('button', { name: 'Yes, cancel the visit' }).isVisible())) {
      await card.getByRole('button', { name: 'Cancel visit' }).click();
    }
    await card.getByRole('button', { name: 'Yes, cancel the visit' }).click();
    await expect
      .poll(async () => (await agendaVisits(server, at)).find((v) => v.id === toCancel.id)?.status)
      .not.toBe('booked');
    await card.getByText('Cancelled', { exact: true }).first().waitFor();
    await page.locator('button.dialog__close').first().click();

    card = await openCard(page, toConfirm);
    await whileDocplannerFails(at, async () => {
      await card.getByRole('button', { name: 'Confirm visit' }).click();
      await docplannerAlert(page);
    });
    await card.getByRole('button', { name: 'Confirm visit' }).click();
    await expect
      .poll(
        async () => (await agendaVisits(server, at)).find((v) => v.id === toConfirm.id)?.confirmed,
      )
      .toBe(true);
    await expect.poll(() => card.getByRole('button', { name: 'Confirm visit' }).count()).toBe(0);
  });
});
