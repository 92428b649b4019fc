// Docplanner's data is not ours to trust: with the sandbox's hostile mode, patient names and
// comments carry `<script>` and `<img onerror>`, and every other video visit a
// `javascript:alert(1)` video URL. The doctor's agenda, card and reminder show that visit as
// "Video link unavailable", put no script URL in any attribute, run nothing, and show the names as
// the text they are.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { Visit } from '../../src/shared/api/visit.ts';
import { signInApi, signInPage } from '../support/staff-session.ts';
import {
  sandboxControl,
  sandboxUrlOf,
  saveScreenshot,
  setSandboxClock,
  testWithServerEnv,
} from './fixtures.ts';
import {
  patientBooksFreeSlot,
  startOfThisWorkingWeek,
  visitThroughAgenda,
} from './sandbox-patients.ts';

const test = testWithServerEnv({ PULL_INTERVAL_MS: '300' });

const kowalskaOnline = { doctorId: '100101', addressId: '200201' };

/** Elements whose attributes hold a script URL, anywhere in the document. */
function scriptUrlAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^\s*javascript:/i.test(attribute.value))
        .map(
          (attribute) =>
            `<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value}">`,
        ),
    ),
  );
}

/** What the hostile markup would have made, had it been parsed as HTML. */
function injectedElements(page: Page): Promise<number> {
  return page.evaluate(
    () => document.querySelectorAll('img[src="x"], img[onerror], body script:not([src])').length,
  );
}

describe('hostile content from Docplanner in a real browser', () => {
  test('a javascript: video URL becomes "Video link unavailable"; names stay text', async ({
    page,
    server,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const sandbox = sandboxUrlOf(server);
    await sandboxControl(sandbox, 'POST', '/faults', { hostileContent: true });
    const session = await signInApi(server.url, 'doctor');
    const monday = await startOfThisWorkingWeek(server, session);

    // Two video visits in a row: the sandbox makes the one with the even id hostile.
    const visits: Visit[] = [];
    for (const hours of [9, 9]) {
      const booked = await patientBooksFreeSlot(
        sandbox,
        kowalskaOnline,
        monday.add({ days: 2, hours }).toInstant(),
        monday.add({ days: 2, hours: hours + 2 }).toInstant(),
        { prepaid: false },
      );
      visits.push(await visitThroughAgenda(server.url, session, booked.bookingId, booked.start));
    }
    const hostile = visits.find((visit) => Number(visit.id.at(-1)) % 2 === 0)!;
    const safe = visits.find((visit) => visit !== hostile)!;
    expect(hostile.video?.kind, 'the BFF refuses the script URL').toBe('unavailable');
    expect(safe.video?.kind, 'the BFF keeps the https URL').toBe('link');
    expect(hostile.patient.name).toContain('<script>');
    // Both join windows open, the hostile visit's reminder due.
    await setSandboxClock(
      server,
      session,
      new Date(Date.parse(hostile.start) - 9 * 60_000).toISOString(),
    );

    await signInPage(page, 'doctor');
    const hostileBlock = page.locator(`[data-visit-id="${hostile.id}"]`).first();
    const safeBlock = page.locator(`[data-visit-id="${safe.id}"]`).first();
    await hostileBlock.waitFor();
    await safeBlock.waitFor();
    expect(await hostileBlock.textContent()).toContain('Video link unavailable');
    expect(await hostileBlock.locator('a').count()).toBe(0);
    // The other visit does get its link, so the page is not just refusing every link.
    const safeHref = safe.video?.kind === 'link' ? safe.video.href : 'no link';
    expect(await safeBlock.locator('a').getAttribute('href')).toBe(safeHref);
    // The names are shown as typed, tags and all.
    expect(await hostileBlock.locator('.visit-block__patient').textContent()).toBe(
      `${hostile.patient.name} ${hostile.patient.surname}`,
    );

    const toast = page.locator(`[data-reminder-id="${hostile.id}:10"]`);
    await toast.waitFor({ timeout: 8_000 });
    expect(await toast.textContent()).toContain('Video link unavailable');
    expect(await toast.locator('a').count()).toBe(0);
    await saveScreenshot(page, 'hostile-agenda');

    await hostileBlock.click();
    const card = page.getByRole('dialog');
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain('Video link unavailable');
    expect(await card.textContent()).toContain('<script>alert(1)</script>');
    expect(await card.getByRole('link', { name: /join/i }).count()).toBe(0);
    await saveScreenshot(page, 'hostile-card');

    expect(await scriptUrlAttributes(page)).toEqual([]);
    expect(await injectedElements(page)).toBe(0);
    expect(dialogs, 'no alert ran').toEqual([]);
  });
});
