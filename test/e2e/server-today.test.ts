// The agenda opens on the server's today, not the browser's: the server's clock (the sandbox's
// on sandbox data) decides what "today" and "this week" are, as it does for join and payment
// windows. Here the sandbox lives next week, so the browser's own date would open the wrong week.
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { signInApi, signInPage } from '../support/staff-session.ts';
import { sandboxControl, sandboxUrlOf, setSandboxClock, test } from './fixtures.ts';

describe('the server’s today in a real browser', () => {
  test('the agenda opens on the week and day of the server’s clock', async ({ page, server }) => {
    const session = await signInApi(server.url, 'reception');
    const clock = (await sandboxControl(sandboxUrlOf(server), 'GET', '/clock')) as { now: string };
    const today = Temporal.Instant.from(clock.now).toZonedDateTimeISO('Europe/Warsaw');
    const nextWednesday = today
      .startOfDay()
      .add({ days: 7 - today.dayOfWeek + 3 })
      .add({ hours: 10 });
    await setSandboxClock(
      server,
      session,
      nextWednesday.toString({ timeZoneName: 'never', smallestUnit: 'second' }),
    );

    await signInPage(page, 'reception');
    await page.getByRole('columnheader').first().waitFor();
    const wednesday = nextWednesday.toPlainDate();
    expect(await page.locator('input[type="date"]').first().inputValue()).toBe(
      wednesday.toString(),
    );
    const month = (date: Temporal.PlainDate) => date.toLocaleString('en-GB', { month: 'short' });
    const week = Array.from({ length: 7 }, (_, index) => wednesday.add({ days: index - 2 }));
    const headers = await page.getByRole('columnheader').allTextContents();
    expect(headers).toHaveLength(7);
    headers.forEach((header, index) => {
      const day = week[index]!;
      const weekday = day.toLocaleString('en-GB', { weekday: 'short' });
      expect(header).toContain(`${weekday} ${day.day} ${month(day)}`);
    });
  });
});
