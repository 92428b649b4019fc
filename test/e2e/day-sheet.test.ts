// The day sheet in a real browser on the sandbox: reception picks Dr Nowak, opens the day and its
// day sheet; the sheet lists the day's visits as the agenda API has them; printed (print media and
// a PDF), only the sheet shows, on one page; the CSV download holds the same visits. A doctor gets
// their own day and no other doctor's file.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { agendaSchema } from '../../src/shared/api/agenda.ts';
import { csvObjects } from '../support/csv.ts';
import type { ProductionServer } from '../support/production-server.ts';
import { type ApiSession, signInApi, signInPage } from '../support/staff-session.ts';
import { resultsDir, sandboxUrlOf, saveScreenshot, test } from './fixtures.ts';
import {
  clinicDate,
  clockText,
  patientBooksFreeSlot,
  patientCancels,
  startOfThisWorkingWeek,
  visitThroughAgenda,
} from './sandbox-patients.ts';

const nowak = { doctorId: '100102', addressId: '200102' };

/** The doctor's visits of that day as the agenda API serves them, in time order (the truth). */
async function dayFromApi(
  server: ProductionServer,
  session: ApiSession,
  from: string,
  to: string,
  doctorId: string,
) {
  const query = new URLSearchParams({ from, to });
  const response = await fetch(`${server.url}/api/agenda?${query}`, { headers: session.headers });
  if (!response.ok) throw new Error(`GET /api/agenda: HTTP ${response.status}`);
  return agendaSchema
    .parse(await response.json())
    .visits.filter((visit) => visit.doctorId === doctorId && visit.movedTo === null)
    .filter(
      (visit) =>
        Date.parse(from) <= Date.parse(visit.start) && Date.parse(visit.start) < Date.parse(to),
    )
    .sort(
      (a, b) =>
        Date.parse(a.start) - Date.parse(b.start) ||
        Date.parse(a.end) - Date.parse(b.end) ||
        a.id.localeCompare(b.id),
    );
}

interface ScreenRow {
  id: string;
  cancelled: boolean;
  cells: string[];
}

async function rowsOnScreen(page: Page, doctor: string): Promise<ScreenRow[]> {
  const sheet = page.getByRole('article', { name: doctor });
  return sheet.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-visit-id') ?? '',
      cancelled: row.classList.contains('day-sheet__row--cancelled'),
      // What a person reads: the rendered text, each part of a cell on its own line.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
      cells: [...row.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText.trim()),
    })),
  );
}

/**
 * The CSV's payment words (the server's English, shared with other tools) as the sheet on screen
 * may say them: the SPA writes each state from its catalog, in reception's words (some states in
 * two ways, as the patient is here or not, or the visit was cancelled by Docplanner or not).
 */
function sheetPaymentsOf(csv: string): string[] {
  const until = /^(Awaiting payment|Payment in progress) \(pay by (\d\d:\d\d)\)$/.exec(csv);
  if (until) {
    return until[1] === 'Awaiting payment'
      ? [`Waiting for payment (until ${until[2]})`]
      : [`Paying now (until ${until[2]})`];
  }
  const unknown = /^Payment status unknown \((.*)\)$/.exec(csv);
  if (unknown) return [`Payment status unknown: “${unknown[1]}”`];
  const words: Record<string, string[]> = {
    'Awaiting payment': ['Waiting for payment'],
    'Payment in progress': ['Paying now'],
    'Payment window over, checking with Docplanner': ['Checking the payment with Docplanner'],
    'Paid (window passed, not confirmed)': [
      'Payment not confirmed. Docplanner did not cancel the visit, so it is most likely paid',
    ],
    'Payment failed': [
      'Online payment failed. Take payment at the desk when the patient arrives',
      'Take payment at the desk. The online payment failed',
    ],
    'Cancelled — not paid': ['Not paid — cancelled by Docplanner', 'Not paid — visit cancelled'],
  };
  return words[csv] ?? [csv];
}

/** How many pages a PDF from Chromium has (each page is one `/Type /Page` object). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/**
 * The day view of `date`, chosen as a person does: Day, then the date picker. (Signed in through
 * the form, the calendar may open on the browser's today before the sandbox's clock is known.)
 */
async function openDayView(page: Page, date: string) {
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await page.getByLabel('Go to date').fill(date);
  await expect
    .poll(() => page.getByRole('button', { name: 'Day', exact: true }).getAttribute('aria-pressed'))
    .toBe('true');
  await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
}

describe('the day sheet in a real browser', () => {
  test("reception prints Dr Nowak's day: only the sheet on paper, one page; the CSV holds the same visits", async ({
    page,
    server,
  }) => {
    const session = await signInApi(server.url, 'reception');
    const monday = await startOfThisWorkingWeek(server, session);
    const sandbox = sandboxUrlOf(server);
    const at = (hours: number) => monday.add({ hours }).toInstant();
    // Three patients book Dr Nowak's Monday; one of them cancels.
    const first = await patientBooksFreeSlot(sandbox, nowak, at(9), at(18));
    const second = await patientBooksFreeSlot(sandbox, nowak, at(12), at(18));
    const third = await patientBooksFreeSlot(sandbox, nowak, at(14), at(18));
    await patientCancels(sandbox, second.bookingId);
    for (const booked of [first, second, third]) {
      await visitThroughAgenda(server.url, session, booked.bookingId, booked.start);
    }
    const from = monday.toInstant().toString();
    const to = monday.add({ days: 1 }).toInstant().toString();
    await expect
      .poll(
        async () =>
          (await dayFromApi(server, session, from, to, nowak.doctorId)).find(
            (v) => v.id === second.bookingId,
          )?.status,
      )
      .toBe('canceled');
    const truth = await dayFromApi(server, session, from, to, nowak.doctorId);
    const date = clinicDate(first.start);

    await signInPage(page, 'reception');
    await page.getByRole('combobox', { name: 'Doctor' }).selectOption({ label: 'Piotr Nowak' });
    await openDayView(page, date);
    const entry = page.getByRole('link', { name: 'Day sheet' });
    await expect
      .poll(() => entry.getAttribute('href'))
      .toBe(`#/day-sheet?date=${date}&doctor=${nowak.doctorId}`);
    await saveScreenshot(page, 'day-sheet-agenda-entry');
    await entry.click();

    const sheet = page.getByRole('article', { name: 'Piotr Nowak' });
    await sheet.waitFor();
    const rows = await rowsOnScreen(page, 'Piotr Nowak');
    // Every visit of the day, in time order, as the agenda has them; ours among them.
    expect(rows.map((row) => row.id)).toEqual(truth.map((visit) => visit.id));
    expect(rows.map((row) => row.id)).toEqual(
      expect.arrayContaining([first.bookingId, second.bookingId, third.bookingId]),
    );
    for (const [index, visit] of truth.entries()) {
      const row = rows[index]!;
      expect(row.cells[0]).toBe(`${clockText(visit.start)}–${clockText(visit.end)}`);
      expect(row.cells[1]).toContain(`${visit.patient.name} ${visit.patient.surname}`);
      expect(row.cancelled).toBe(visit.status === 'canceled');
    }
    const cancelled = rows.find((row) => row.id === second.bookingId)!;
    expect(cancelled.cells[2]).toMatch(/^Cancelled/i);
    expect(
      await sheet
        .locator(`tr[data-visit-id="${second.bookingId}"] td`)
        .first()
        .evaluate((cell) => getComputedStyle(cell).textDecorationLine),
    ).toBe('line-through');
    await saveScreenshot(page, 'day-sheet-screen');

    // On paper: no agenda, no header or toolbar, no buttons; the rows, black on white.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await sheet.getByRole('link', { name: 'Download CSV' }).isVisible()).toBe(false);
    expect(await page.locator('.agenda-calendar').isVisible()).toBe(false);
    for (const row of rows) {
      expect(await sheet.locator(`tr[data-visit-id="${row.id}"]`).isVisible()).toBe(true);
    }
    expect(
      await sheet
        .locator('tbody td')
        .first()
        .evaluate((cell) => getComputedStyle(cell).color),
    ).toBe('rgb(0, 0, 0)');
    await saveScreenshot(page, 'day-sheet-print');
    // The width of an A4 page inside its 12 mm margins (96 dpi): what the paper holds.
    await page.setViewportSize({ width: 704, height: 1032 });
    await saveScreenshot(page, 'day-sheet-print-a4');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
    await writeFile(resolve(resultsDir, 'day-sheet.pdf'), pdf);
    expect(pdfPages(pdf), "one doctor's day on one page").toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // The CSV: the same visits, the same words (the payment in the CSV's English, the server's).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sheet.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`day-sheet-piotr-nowak-${date}.csv`);
    const file = await readFile((await download.path())!);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = csvObjects(file.subarray(3).toString('utf8'));
    expect(
      records.map((record) => [record.Start, record.End, record.Patient?.replace(/^'/, '')]),
    ).toEqual(rows.map((row) => [...row.cells[0]!.split('–'), row.cells[1]!.split('\n')[0]!]));
    for (const [index, record] of records.entries()) {
      const row = rows[index]!;
      expect(record.Date).toBe(date);
      expect(record.Doctor).toBe('Piotr Nowak');
      expect(record.Status).toBe(row.cancelled ? 'Cancelled' : 'Booked');
      expect(sheetPaymentsOf(record.Payment!)).toContain(row.cells[3]);
      expect(record.Confirmation).toBe(row.cells[4]);
      expect(record.Presence).toBe(row.cells[5]);
      expect(record.Comment).toBe(row.cells[6]);
      expect(row.cells[2]).toContain(record.Service!);
      expect(row.cells[2]).toContain(record['Visit type']!);
    }
  });

  test('every doctor shown: a page per doctor on paper', async ({ page, server }) => {
    const session = await signInApi(server.url, 'reception');
    const monday = await startOfThisWorkingWeek(server, session);
    const from = monday.toInstant().toString();
    const to = monday.add({ days: 1 }).toInstant().toString();
    const agenda = agendaSchema.parse(
      await (
        await fetch(`${server.url}/api/agenda?${new URLSearchParams({ from, to })}`, {
          headers: session.headers,
        })
      ).json(),
    );
    const working = agenda.doctors.filter((doctor) =>
      agenda.visits.some(
        (visit) =>
          visit.doctorId === doctor.id &&
          visit.movedTo === null &&
          Date.parse(visit.start) < Date.parse(to) &&
          Date.parse(visit.start) >= Date.parse(from),
      ),
    );
    expect(working.length, 'the demo Monday has several doctors at work').toBeGreaterThan(1);

    await signInPage(page, 'reception');
    await page.getByRole('combobox', { name: 'Doctor' }).selectOption({ value: '' });
    await openDayView(page, monday.toPlainDate().toString());
    await page.getByRole('link', { name: 'Day sheet' }).click();
    await page
      .getByRole('article')
      .first()
      .waitFor()
      .catch(async (error: unknown) => {
        await saveScreenshot(page, 'day-sheet-every-doctor-failed');
        throw error;
      });
    const names = await page
      .getByRole('article')
      .evaluateAll((sheets) => sheets.map((sheet) => sheet.querySelector('h2')?.textContent));
    expect(names).toEqual(working.map((doctor) => `${doctor.name} ${doctor.surname}`));
    await page.emulateMedia({ media: 'print' });
    await saveScreenshot(page, 'day-sheet-print-every-doctor');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(pdf), 'a page per doctor').toBe(working.length);
  });

  test("a doctor opens their own day sheet; another doctor's CSV is refused", async ({
    page,
    server,
  }) => {
    const session = await signInApi(server.url, 'reception');
    const monday = await startOfThisWorkingWeek(server, session);
    const date = monday.toPlainDate().toString();
    await signInPage(page, 'doctor');
    await openDayView(page, date);
    await page.getByRole('link', { name: 'Day sheet' }).click();
    const sheet = page.getByRole('article', { name: 'Anna Kowalska' });
    await sheet.waitFor().catch(async (error: unknown) => {
      await saveScreenshot(page, 'day-sheet-doctor-failed');
      throw error;
    });
    expect(await page.getByRole('article').count()).toBe(1);
    await saveScreenshot(page, 'day-sheet-doctor');
    const statuses = await page.evaluate(async (day) => {
      const own = await fetch(`/api/day-sheet.csv?doctorId=100101&date=${day}`);
      const other = await fetch(`/api/day-sheet.csv?doctorId=100102&date=${day}`);
      return [own.status, other.status, (await other.json()).error.message];
    }, date);
    expect(statuses).toEqual([200, 403, 'A doctor can take out only their own day sheet.']);
  });
});
