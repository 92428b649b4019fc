// The agenda in the clinic's own language, in a real browser: a Polish browser gets Polish from
// the first page (sign-in, agenda, FullCalendar's weekdays, the date field, a visit card, the
// payments board) in the clinic's zone, not the browser's; a user who chooses German keeps it on
// reload and on another computer whose browser asks for Polish. Screenshots of each screen.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { demoPasswords, signInApi } from '../support/staff-session.ts';
import { saveScreenshot, test } from './fixtures.ts';
import { startOfThisWorkingWeek } from './sandbox-patients.ts';

const catalogsDir = path.resolve(import.meta.dirname, '../../src/web/lib/i18n/catalogs');

/** Every message of a language, as the page reads them. */
function messagesOf(locale: string): Record<string, string> {
  const folder = path.join(catalogsDir, locale);
  return Object.assign(
    {},
    ...readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8'))),
  );
}

const pl = messagesOf('pl');
const de = messagesOf('de');
const en = messagesOf('en');

function message(messages: Record<string, string>, id: string): string {
  const text = messages[id];
  if (text === undefined) throw new Error(`no message ${id}`);
  return text;
}

async function newPage(browser: Browser, baseURL: string, locale: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 900 },
    locale,
    // Far from the clinic: every time on screen must still be Warsaw's.
    timezoneId: 'America/New_York',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Signs in through a page in `messages`' language; the agenda then speaks `after`'s. */
async function signIn(
  page: Page,
  messages: Record<string, string>,
  role: 'reception' | 'admin',
  after: Record<string, string> = messages,
) {
  await page.getByLabel(message(messages, 'auth.field.username')).fill(role);
  await page.getByLabel(message(messages, 'auth.field.password')).fill(demoPasswords[role]);
  await page.getByRole('button', { name: message(messages, 'auth.signIn') }).click();
  await page.getByRole('button', { name: message(after, 'auth.signOut') }).waitFor();
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Monday of the week on screen as that language writes a column header's weekday. */
function weekday(monday: Temporal.ZonedDateTime, locale: string): string {
  return monday.toPlainDate().toLocaleString(locale, { weekday: 'short' });
}

describe('the agenda in the clinic’s language, in a real browser', () => {
  test('a Polish browser gets Polish from the first page: sign-in, agenda, date field, visit card, payments', async ({
    browser,
    server,
  }) => {
    const session = await signInApi(server.url, 'reception');
    const monday = await startOfThisWorkingWeek(server, session);
    const page = await newPage(browser, server.url, 'pl-PL');
    await page.goto('/');
    expect(await htmlLang(page)).toBe('pl');
    await page.getByRole('button', { name: message(pl, 'auth.signIn') }).waitFor();
    expect(await page.getByRole('button', { name: message(en, 'auth.signIn') }).count()).toBe(0);
    await saveScreenshot(page, 'languages-pl-sign-in');

    await signIn(page, pl, 'reception');
    await page.getByRole('button', { name: message(pl, 'agenda.toolbar.today') }).waitFor();
    await page.getByRole('button', { name: message(pl, 'agenda.view.week'), exact: true }).click();
    // FullCalendar in Polish: the week starts on Monday, written `pon.`.
    const headers = page.locator('[role="columnheader"]');
    await expect
      .poll(() => headers.allTextContents())
      .toContainEqual(expect.stringContaining(weekday(monday, 'pl')));
    expect((await headers.allTextContents()).join(' ')).not.toMatch(/\bMon\b/);
    // The date field writes today the Polish way (`pon., 7 gru 2026`), never `12/07/2026`.
    const dateText = await page.locator('.date-field__text').first().textContent();
    expect(dateText).toMatch(/\d{4}/);
    expect(dateText).not.toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(dateText).toBe(
      Temporal.PlainDate.from(
        await page.locator('.date-field input[type="date"]').first().inputValue(),
      ).toLocaleString('pl', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
    );
    // Times on the 24-hour clock of Warsaw, though the browser is in New York.
    const firstBlockTime = await page.locator('.visit-block').first().textContent();
    expect(firstBlockTime).toMatch(/\d{2}:\d{2}/);
    expect(firstBlockTime).not.toMatch(/AM|PM/);
    await saveScreenshot(page, 'languages-pl-agenda-week');

    await page.locator('.visit-block').first().click();
    const card = page.getByRole('dialog');
    await card.waitFor();
    expect(await card.textContent()).not.toMatch(/\b(Patient|Cancel|Close)\b/);
    await saveScreenshot(page, 'languages-pl-visit-card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: message(pl, 'payments.link') }).click();
    await page
      .getByRole('heading', { name: message(pl, 'payments.title') })
      .first()
      .waitFor();
    await page.getByText(message(pl, 'payments.loading')).waitFor({ state: 'detached' });
    await saveScreenshot(page, 'languages-pl-payments');
    await page.context().close();
  });

  test('a user who chooses German keeps it: after a reload, and on another computer asking for Polish', async ({
    browser,
    server,
  }) => {
    const page = await newPage(browser, server.url, 'en-GB');
    await page.goto('/');
    expect(await htmlLang(page)).toBe('en');
    await signIn(page, en, 'admin');
    await page.getByLabel(message(en, 'auth.language.label')).selectOption({ label: 'Deutsch' });
    await page.getByRole('button', { name: message(de, 'auth.signOut') }).waitFor();
    expect(await htmlLang(page)).toBe('de');
    await page.getByRole('button', { name: message(de, 'agenda.view.week'), exact: true }).click();
    const headers = page.locator('[role="columnheader"]');
    await expect
      .poll(() => headers.allTextContents())
      .toContainEqual(expect.stringMatching(/Mo\.,/));
    await saveScreenshot(page, 'languages-de-agenda-week');

    // Remembered on the server: the page comes back in German.
    await page.reload();
    await page.getByRole('button', { name: message(de, 'auth.signOut') }).waitFor();
    expect(await htmlLang(page)).toBe('de');

    await page.getByRole('link', { name: message(de, 'mapping.link') }).click();
    await page.getByRole('heading', { name: message(de, 'mapping.title'), level: 1 }).waitFor();
    await saveScreenshot(page, 'languages-de-mapping');

    // Another computer: its browser asks for Polish; once signed in, the user's German wins.
    const other = await newPage(browser, server.url, 'pl-PL');
    await other.goto('/');
    expect(await htmlLang(other)).toBe('pl');
    await signIn(other, pl, 'admin', de);
    expect(await htmlLang(other)).toBe('de');
    await other.locator('.visit-block').first().click();
    await other.getByRole('dialog').waitFor();
    await saveScreenshot(other, 'languages-de-visit-card');
    await other.context().close();
    await page.context().close();
  });
});
