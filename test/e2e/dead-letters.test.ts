// Unreadable notifications in a real browser: the admin's header says how many wait; the screen
// shows each with why it was refused and what was received; "Read again" refuses one that still
// cannot be read, with the reason, and reads one that now can into the agenda.
import { describe, expect } from 'vitest';
import { slotBooked } from '../fixtures/notifications.ts';
import { withServerStore } from '../support/server-store.ts';
import { signInApi, signInPage } from '../support/staff-session.ts';
import { saveScreenshot, testWithServerEnv } from './fixtures.ts';

const webhookSecret = 'dead-letters-e2e-secret-0001';
const test = testWithServerEnv({ NOTIFICATIONS_MODE: 'push', WEBHOOK_SECRET: webhookSecret });

describe('unreadable notifications', () => {
  test('the admin sees them, reads one body, and reads again the one that now reads', async ({
    page,
    server,
  }) => {
    // Docplanner pushes something that is not JSON: refused (400) and kept.
    const refused = await fetch(`${server.url}/webhooks/docplanner/${webhookSecret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '<notification name="slot-booked"/>',
    });
    expect(refused.status).toBe(400);
    // And one an older build could not read, which this one can (as after an update).
    await withServerStore(server, (store) =>
      store.inbox.deadLetter(
        'push',
        'not a notification',
        JSON.stringify(slotBooked({ id: 'dl-e2e' })),
        new Date().toISOString(),
      ),
    );

    await signInPage(page, 'admin');
    await page.getByRole('link', { name: '2 unreadable notifications' }).click();
    await page.getByRole('heading', { name: 'Unreadable notifications', level: 1 }).waitFor();
    await page.getByText('2 of 2 not read again yet.').waitFor();
    const rows = page
      .getByRole('list', { name: 'Unreadable notifications, newest first' })
      .getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    // Newest first: the one that now reads, then the one that is not JSON.
    const readable = rows.nth(0);
    const garbage = rows.nth(1);
    await garbage.getByText('It was not readable data (not JSON).').waitFor();

    await garbage.getByRole('button', { name: 'Show what was received' }).click();
    await garbage.getByText('<notification name="slot-booked"/>').waitFor();
    await garbage.getByRole('button', { name: 'Read again' }).click();
    await garbage
      .getByRole('alert')
      .getByText(
        /^Not read again: This notification still cannot be read, so it was not read again: not JSON/,
      )
      .waitFor();

    await readable.getByRole('button', { name: 'Read again' }).click();
    await readable.getByText(/^Read again on /).waitFor();
    await page.getByText('1 of 2 not read again yet.').waitFor();
    await saveScreenshot(page, 'dead-letters');

    // The notification read again is a visit now.
    const session = await signInApi(server.url, 'admin');
    await expect
      .poll(async () => {
        const response = await fetch(`${server.url}/api/visits/dl-e2e/history`, {
          headers: session.headers,
        });
        return response.status;
      })
      .toBe(200);

    await page.getByRole('link', { name: '← Agenda' }).click();
    await page.getByRole('link', { name: '1 unreadable notification' }).waitFor();
    await saveScreenshot(page, 'dead-letters-header');
  });
});
