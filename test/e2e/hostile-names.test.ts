// The sandbox's hostile content — `<script>` and `<img onerror>` in patient names and comments, a
// `javascript:` video address on every other video visit — renders as text for every role: no
// dialog opens, no injected element reaches the DOM, and the card shows the literal `<script>`.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { type Agenda, agendaSchema } from '../../src/shared/api/agenda.ts';
import type { ProductionServer } from '../support/production-server.ts';
import { type ApiSession, signInApi, signInPage } from '../support/staff-session.ts';
import { sandboxControl, sandboxUrlOf, saveScreenshot, test } from './fixtures.ts';
import {
  annaOnline,
  freeStarts,
  mondayMorning,
  patientBooks,
  type SandboxBooking,
} from './prepaid-bookings.ts';

const annaInPerson = { doctorId: '100101', addressId: '200101' };

describe('hostile content in a real browser', () => {
  for (const role of ['reception', 'doctor'] as const) {
    test(`renders as text for ${role}`, async ({ page, server }) => {
      const { bookings, javascriptVideoIds } = await hostileBookings(server);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });

      await signInPage(page, role);
      for (const booking of bookings) {
        await page.locator(`[data-visit-id="${booking.bookingId}"]`).first().waitFor();
      }
      await saveScreenshot(page, `hostile-${role}-agenda`);
      for (const booking of bookings) {
        // Where a person clicks: the block (a short one in a busy week has no room for the name;
        // its button still stretches over the whole block).
        await page.locator(`[data-visit-id="${booking.bookingId}"]`).first().click();
        const card = page.getByRole('dialog');
        await card.waitFor();
        // The name is the dialog's title and the comment a fact: both as the characters sent.
        expect(await card.getByRole('heading').first().textContent()).toMatch(
          /^<script>alert\(1\)<\/script>.+<img src=x onerror=alert\(1\)>$/,
        );
        await card.getByText('<script>alert(1)</script>', { exact: false }).first().waitFor();
        await card.getByText(/^<img src=x onerror=alert\(1\)>/).waitFor();
        if (role === 'doctor' && javascriptVideoIds.has(booking.bookingId)) {
          await card.getByText('Video link unavailable').waitFor();
          await saveScreenshot(page, 'hostile-doctor-card-javascript-video');
        }
        if (booking === bookings[0]) await saveScreenshot(page, `hostile-${role}-card`);
        await page.keyboard.press('Escape');
        await card.waitFor({ state: 'detached' });
      }
      await expectNothingInjected(page);
      expect(dialogs, 'no dialog opened').toEqual([]);
    });
  }
});

/** No element or address from the hostile content made it into the page. */
async function expectNothingInjected(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('[onerror]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  // The only scripts are the bundle's own.
  const scripts = await page
    .locator('script')
    .evaluateAll((elements) =>
      elements.map((element) => (element as HTMLScriptElement).src || element.textContent || ''),
    );
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/assets\//);
}

interface HostileBookings {
  bookings: SandboxBooking[];
  /** Video visits whose address the sandbox turned into `javascript:alert(1)`. */
  javascriptVideoIds: Set<string>;
}

let booked: Promise<HostileBookings> | undefined;

/**
 * Once per file: the sandbox turns hostile, and patients book three online visits and one in
 * person with Anna on Monday of this week (the clock at 07:30, so they are today's), which the
 * server then shows with the hostile names.
 */
function hostileBookings(server: ProductionServer): Promise<HostileBookings> {
  booked ??= (async () => {
    const sandbox = sandboxUrlOf(server);
    const session = await signInApi(server.url, 'doctor');
    const monday = await mondayMorning(server, session);
    await sandboxControl(sandbox, 'POST', '/faults', { hostileContent: true });
    const bookings: SandboxBooking[] = [];
    for (const start of await freeStarts(sandbox, annaOnline, monday, 3)) {
      bookings.push(await patientBooks(sandbox, { addressId: annaOnline.addressId, start }));
    }
    const [inPerson] = await freeStarts(sandbox, annaInPerson, monday.add({ days: 1 }), 1);
    bookings.push(
      await patientBooks(sandbox, { addressId: annaInPerson.addressId, start: inPerson! }),
    );

    const ids = new Set(bookings.map((booking) => booking.bookingId));
    let agenda: Agenda | undefined;
    await expect
      .poll(
        async () => {
          agenda = await readAgenda(server, session, monday.toInstant().toString());
          return agenda.visits.filter(
            (visit) => ids.has(visit.id) && visit.patient.name.startsWith('<script>'),
          ).length;
        },
        { timeout: 15_000 },
      )
      .toBe(bookings.length);
    const videos = agenda!.visits.filter((visit) => ids.has(visit.id) && visit.online);
    const javascriptVideoIds = new Set(
      videos.filter((visit) => visit.video?.kind === 'unavailable').map((visit) => visit.id),
    );
    // The test is only worth something if the sandbox really sent a script address.
    expect(javascriptVideoIds.size, 'a javascript: video address among the bookings').toBe(1);
    expect(videos.filter((visit) => visit.video?.kind === 'link')).toHaveLength(2);
    return { bookings, javascriptVideoIds };
  })();
  return booked;
}

async function readAgenda(
  server: ProductionServer,
  session: ApiSession,
  fromIso: string,
): Promise<Agenda> {
  const from = Date.parse(fromIso);
  const query = new URLSearchParams({
    from: new Date(from).toISOString(),
    to: new Date(from + 7 * 24 * 3600_000).toISOString(),
  });
  const response = await fetch(`${server.url}/api/agenda?${query}`, { headers: session.headers });
  expect(response.status).toBe(200);
  return agendaSchema.parse(await response.json());
}
