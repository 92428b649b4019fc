// The agenda on a phone and a tablet, in a real browser: nothing scrolls sideways, the toolbar
// fits, the calendar has room to show the day, and the doctor's next video visit can be joined.
// Screenshots of each size for a person to look at.
import type { Browser, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { agendaSchema } from '../../src/shared/api/agenda.ts';
import type { ProductionServer } from '../support/production-server.ts';
import { type DemoRole, signInApi, signInPage } from '../support/staff-session.ts';
import { seriousViolations } from './axe.ts';
import { sandboxUrlOf, saveScreenshot, test } from './fixtures.ts';
import { annaOnline, freeStarts, mondayMorning, patientBooks } from './prepaid-bookings.ts';
import { clinicZone, sandboxWeekStart } from './sandbox-patients.ts';

const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 1024, height: 768 },
] as const;

async function openAt(
  browser: Browser,
  server: ProductionServer,
  size: (typeof sizes)[number],
  role: DemoRole,
) {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: size.width, height: size.height },
    locale: 'en-GB',
    hasTouch: true,
    isMobile: size.name === 'phone',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await signInPage(page, role);
  return page;
}

describe('the agenda on a phone and a tablet', () => {
  for (const size of sizes) {
    for (const role of ['doctor', 'reception'] as const) {
      test(`${size.name} (${size.width}×${size.height}), ${role}: no sideways scroll, a calendar with room`, async ({
        browser,
        server,
      }) => {
        // Monday 07:30 of the sandbox's week, whatever the hour of the run: the demo doctor's day
        // still holds video visits ahead.
        if (size.name === 'phone' && role === 'doctor') {
          await mondayMorning(server, await signInApi(server.url, 'doctor'));
        }
        const page = await openAt(browser, server, size, role);
        const calendar = page.locator('.agenda-calendar');
        await calendar.waitFor();
        await page.waitForTimeout(300);
        const box = await calendar.boundingBox();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        await saveScreenshot(page, `layout-${size.name}-${role}`);
        expect(overflow, 'the page scrolls sideways by this many pixels').toBeLessThanOrEqual(0);
        expect(box?.height ?? 0, 'the calendar’s height').toBeGreaterThan(size.height * 0.45);
        if (size.name === 'phone' && role === 'doctor') {
          // The next video visit's Join (the demo doctor always has one within the hours ahead):
          // above the calendar, in words, across the width, large enough for a thumb.
          const join = page
            .locator('.upcoming-video__item')
            .first()
            .locator('.join-video')
            .filter({ hasText: /Join/ });
          const joinBox = await join.boundingBox();
          expect(joinBox, 'a Join control on the next video visit').not.toBeNull();
          expect(joinBox!.y + joinBox!.height, 'Join above the calendar').toBeLessThan(box!.y);
          expect(joinBox!.height).toBeGreaterThanOrEqual(44);
          expect(joinBox!.width).toBeGreaterThan(size.width * 0.7);
          expect(await page.locator('.upcoming-video__item').nth(1).isVisible()).toBe(false);
        }
        await page.context().close();
      });
    }
  }
});

/** The half-hour rows in view (their middle) in the grid's scroller, as `HH:MM:SS` of their start. */
async function rowsInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const grid = document.querySelector('.agenda-calendar__grid');
    const header = grid?.querySelector('[role="rowgroup"]');
    if (!grid || !header) return [];
    const top = header.getBoundingClientRect().bottom;
    const bottom = grid.getBoundingClientRect().bottom;
    const times = new Set<string>();
    for (const row of grid.querySelectorAll('[data-time]')) {
      const box = row.getBoundingClientRect();
      const time = row.getAttribute('data-time');
      const middle = box.top + box.height / 2;
      if (time && box.height > 0 && middle > top && middle < bottom) times.add(time);
    }
    return [...times].sort();
  });
}

/**
 * `HH:00:00` where the grid opens at Monday 07:30 (mondayMorning): the working day's first hour
 * (the earliest visit of the week on screen for `role`, or a usual 08:00 if none is earlier), but
 * never above an hour before now, 06:00. The demo's near-now video visits sit around the hour the
 * sandbox started, the hour of the run: a run in the evening puts one after midnight.
 */
async function openingRow(server: ProductionServer, role: DemoRole): Promise<string> {
  const session = await signInApi(server.url, role);
  const now = Temporal.Now.instant();
  const query = new URLSearchParams({
    from: now.subtract({ hours: 24 * 8 }).toString(),
    to: now.add({ hours: 24 * 8 }).toString(),
  });
  const response = await fetch(`${server.url}/api/agenda?${query}`, { headers: session.headers });
  const agenda = agendaSchema.parse(await response.json());
  const monday = (await sandboxWeekStart(sandboxUrlOf(server))).toPlainDate();
  const sunday = monday.add({ days: 6 });
  let hour = 8;
  for (const visit of agenda.visits) {
    const start = Temporal.Instant.from(visit.start).toZonedDateTimeISO(clinicZone);
    const day = start.toPlainDate();
    if (Temporal.PlainDate.compare(day, monday) < 0 || Temporal.PlainDate.compare(day, sunday) > 0)
      continue;
    hour = Math.min(hour, start.hour);
  }
  return `${String(Math.max(hour, 6)).padStart(2, '0')}:00:00`;
}

describe('the agenda on a desktop screen', () => {
  const desktops = [
    // The whole usual working day (10 hours) in view on a laptop's full-HD-ish screen…
    { width: 1440, height: 900, hours: 10 },
    // …and on a small one still half again what it was (about 4 hours) with rows one can read.
    { width: 1280, height: 720, hours: 6 },
  ];
  for (const size of desktops) {
    for (const role of ['doctor', 'reception'] as const) {
      test(`${size.width}×${size.height}, ${role}'s week: rows fitted to the screen, the working day from its start`, async ({
        browser,
        server,
      }) => {
        await mondayMorning(server, await signInApi(server.url, role));
        const context = await browser.newContext({
          baseURL: server.url,
          viewport: { width: size.width, height: size.height },
          locale: 'en-GB',
        });
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        await signInPage(page, role);
        await page.getByRole('button', { name: 'Week', exact: true }).click();
        await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
        await page.waitForTimeout(300);
        await saveScreenshot(page, `layout-desktop-${size.width}x${size.height}-${role}-week`);
        const rows = await rowsInView(page);
        expect(rows.length / 2, `hours in view (${rows[0]}–${rows.at(-1)})`).toBeGreaterThanOrEqual(
          size.hours,
        );
        // Monday 07:30, before the day begins: the grid opens on the working day's first hour,
        // a usual 08:00 or the first visit's hour when one is earlier, yet not above 06:00.
        expect(rows[0]).toBe(await openingRow(server, role));
        const rowHeight = await page
          .locator('[data-time="09:00:00"]')
          .last()
          .evaluate((row) => row.getBoundingClientRect().height);
        expect(rowHeight, 'a half-hour row, px').toBeGreaterThanOrEqual(24);
        await context.close();
      });
    }
  }
});

describe('reception’s week, one doctor at a time', () => {
  test('1440×900: the switch goes from one doctor’s week to another’s in one click each', async ({
    page,
    server,
  }) => {
    const session = await signInApi(server.url, 'reception');
    await mondayMorning(server, session);
    const monday = Temporal.Now.instant();
    const query = new URLSearchParams({
      from: monday.subtract({ hours: 24 * 8 }).toString(),
      to: monday.add({ hours: 24 * 8 }).toString(),
    });
    const response = await fetch(`${server.url}/api/agenda?${query}`, { headers: session.headers });
    const agenda = agendaSchema.parse(await response.json());
    const doctorOf = new Map(agenda.visits.map((visit) => [visit.id, visit.doctorId]));

    await signInPage(page, 'reception');
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
    const switcher = page.getByRole('list', { name: 'Doctors shown' });
    for (const doctor of agenda.doctors.slice(1, 3)) {
      const name = `${doctor.name} ${doctor.surname}`;
      await switcher.getByRole('button', { name }).click();
      await expect
        .poll(
          async () => {
            const ids = await page
              .locator('[data-visit-id]')
              .evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-visit-id')));
            return new Set(ids.map((id) => doctorOf.get(id ?? '')));
          },
          { message: `only ${name}'s visits in the week` },
        )
        .toEqual(new Set([doctor.id]));
      expect(await switcher.getByRole('button', { name }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      await saveScreenshot(page, `layout-reception-week-${doctor.surname}`);
    }
    await switcher.getByRole('button', { name: 'All', exact: true }).click();
    await expect
      .poll(async () => {
        const ids = await page
          .locator('[data-visit-id]')
          .evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-visit-id')));
        return new Set(ids.map((id) => doctorOf.get(id ?? ''))).size;
      })
      .toBe(agenda.doctors.length);
  });
});

describe('the payment state on the blocks', () => {
  test('1440×900, reception: a prepaid visit’s countdown in full in the day, its icon and words on hover in the week; axe clean', async ({
    page,
    server,
  }) => {
    const monday = await mondayMorning(server, await signInApi(server.url, 'reception'));
    const sandbox = sandboxUrlOf(server);
    // Three visits paid in advance, still to be paid, in Anna's online column.
    for (const start of await freeStarts(sandbox, annaOnline, monday, 3)) {
      await patientBooks(sandbox, { addressId: annaOnline.addressId, start, prepaid: true });
    }
    await signInPage(page, 'reception');
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
    const awaiting = page.locator('.visit-block .payment-badge--awaiting');
    // The bookings reach the agenda through Docplanner's notifications: give them the time.
    await expect
      .poll(() => awaiting.count(), { timeout: 15_000 })
      .toBe(3)
      .catch(async (error: unknown) => {
        await saveScreenshot(page, 'layout-reception-day-payments-failed');
        throw error;
      });
    await saveScreenshot(page, 'layout-reception-day-payments');
    for (const badge of await awaiting.all()) {
      // The words on the badge's one line, whole: none wrapped out of sight behind an empty pill.
      const fits = await badge.evaluate((element) => {
        const words = element.querySelector('.payment-badge__short');
        if (!words) return false;
        const pill = element.getBoundingClientRect();
        const text = words.getBoundingClientRect();
        return text.bottom <= pill.bottom + 0.5 && text.right <= pill.right + 0.5;
      });
      expect(fits, 'the countdown on the badge').toBe(true);
      expect(await badge.textContent()).toMatch(/Unpaid · 1 h 30 min/);
    }
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
    // Too narrow for the words: the icon, with the sentence as its tooltip and its name.
    const first = page.locator('.visit-block .payment-badge--awaiting').first();
    expect(await first.getAttribute('title')).toMatch(/^Waiting for payment/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
