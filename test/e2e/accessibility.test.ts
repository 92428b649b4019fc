// axe-core on every screen, in a real browser: no serious or critical violation on the sign-in
// page, the agenda's week, day and list, a visit card, the payments board, the mapping screen and
// the hours dialog. Each failure names the rule, the screen and the elements.
import { describe, expect } from 'vitest';
import { signInApi, signInPage } from '../support/staff-session.ts';
import { seriousViolations } from './axe.ts';
import { test } from './fixtures.ts';
import { selectHours, showDay } from './grid.ts';
import { mondayMorning } from './prepaid-bookings.ts';

describe('accessibility of every screen (axe-core)', () => {
  test('no serious or critical violations, signed out and as reception, admin and doctor', async ({
    page,
    browser,
    server,
  }) => {
    const found: Record<string, string[]> = {};
    const check = async (screen: string, on = page) => {
      const violations = await seriousViolations(on);
      if (violations.length > 0) found[screen] = violations;
    };

    // Monday 07:30 of the sandbox's week, whatever the day of the run: the screens hold visits.
    // (On an empty day FullCalendar's time grid is a scroller inside its own `rowgroup` with
    // nothing to Tab to — axe's scrollable-region-focusable — and a tab stop there would break
    // aria-required-children: FullCalendar's to fix, noted in issue 17.)
    const monday = await mondayMorning(server, await signInApi(server.url, 'reception'));
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await check('sign-in');

    await signInPage(page, 'reception');
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.locator('.visit-block').first().waitFor();
    await check('agenda week (reception)');
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    await check('agenda day (reception)');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await check('agenda list (reception)');
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.locator('.visit-block').first().click();
    await page.getByRole('dialog').waitFor();
    await check('visit card');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Payments' }).click();
    await page.getByRole('heading', { name: 'Payments' }).first().waitFor();
    await page.getByText('Loading the payments…').waitFor({ state: 'detached' });
    await check('payments board');

    const admin = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1440, height: 900 },
      locale: 'en-GB',
    });
    const adminPage = await admin.newPage();
    adminPage.setDefaultTimeout(15_000);
    await signInPage(adminPage, 'admin');
    await adminPage.getByRole('link', { name: 'Addresses and services' }).click();
    await adminPage.getByRole('heading', { name: 'Addresses and services', level: 1 }).waitFor();
    await adminPage.locator('.address-card').first().waitFor();
    await check('mapping', adminPage);
    await admin.close();

    const doctor = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1440, height: 900 },
      locale: 'en-GB',
    });
    const doctorPage = await doctor.newPage();
    doctorPage.setDefaultTimeout(15_000);
    await signInPage(doctorPage, 'doctor');
    // Once the week is drawn (its blocks come after the grid's opening scroll): checked earlier,
    // the grid's scroller would hold nothing to focus yet.
    await doctorPage.locator('.agenda-calendar[aria-busy="false"]').waitFor();
    await check('agenda week (doctor)', doctorPage);
    const tomorrow = monday.toPlainDate().add({ days: 1 }).toString();
    await showDay(doctorPage, tomorrow);
    await selectHours(doctorPage, tomorrow, '19:00:00', '21:00:00');
    await check('what to do with a range', doctorPage);
    await doctorPage
      .getByRole('dialog')
      .getByRole('button', { name: /Change opening hours/ })
      .click();
    await doctorPage.getByRole('dialog', { name: 'Opening hours on Docplanner' }).waitFor();
    await check('hours dialog', doctorPage);
    await doctor.close();

    expect(found).toEqual({});
  });
});
