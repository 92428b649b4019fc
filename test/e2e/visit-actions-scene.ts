// The sandbox scene the visit-action tests work in: reception's session and this working week's
// Monday, patients booking it, the agenda read back, the visit blocks and cards of the page, a
// second open agenda, Docplanner failing for a while, and dragging a block to another time.
import type { Browser, Locator, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { agendaSchema } from '../../src/shared/api/agenda.ts';
import type { Visit } from '../../src/shared/api/visit.ts';
import type { ProductionServer } from '../support/production-server.ts';
import { type ApiSession, signInApi, signInPage } from '../support/staff-session.ts';
import { sandboxControl, sandboxUrlOf, saveScreenshot } from './fixtures.ts';
import {
  type BookedVisit,
  patientBooksFreeSlot,
  startOfThisWorkingWeek,
} from './sandbox-patients.ts';

// Dr Piotr Nowak's in-person address, and Dr Anna Kowalska's online (video) address.
export const nowak = { doctorId: '100102', addressId: '200102' };
export const annaOnline = { doctorId: '100101', addressId: '200201' };

/** How long a change may take to reach another open agenda (the issue asks for a second). */
export const liveBudgetMs = 1_000;

export interface Scene {
  sandbox: string;
  session: ApiSession;
  monday: Temporal.ZonedDateTime;
}

export async function scene(server: ProductionServer): Promise<Scene> {
  const session = await signInApi(server.url, 'reception');
  const monday = await startOfThisWorkingWeek(server, session);
  return { sandbox: sandboxUrlOf(server), session, monday };
}

/** A patient books the first free start of `where` on Monday from 09:00 (after now, 07:30). */
export function bookMonday(
  { sandbox, monday }: Scene,
  where: { doctorId: string; addressId: string },
  fromHour = 9,
): Promise<BookedVisit> {
  const from = monday.add({ hours: fromHour }).toInstant();
  return patientBooksFreeSlot(sandbox, where, from, monday.add({ hours: 18 }).toInstant());
}

export async function agendaVisits(server: ProductionServer, { session, monday }: Scene) {
  const query = new URLSearchParams({
    from: monday.toInstant().toString(),
    to: monday.add({ days: 7 }).toInstant().toString(),
  });
  const response = await fetch(`${server.url}/api/agenda?${query}`, { headers: session.headers });
  if (!response.ok) throw new Error(`GET /api/agenda: HTTP ${response.status}`);
  return agendaSchema.parse(await response.json()).visits;
}

/** Waits until the agenda server serves a visit matching `test` (it hears of bookings live). */
export async function awaitVisit(
  server: ProductionServer,
  at: Scene,
  test: (visit: Visit) => boolean,
): Promise<Visit> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const visit = (await agendaVisits(server, at)).find(test);
    if (visit) return visit;
    if (Date.now() > deadline) throw new Error('the agenda server never served such a visit');
    await new Promise((wake) => setTimeout(wake, 150));
  }
}

/** `awaitVisit`, with a screenshot of the page when the visit never comes. */
export async function awaitVisitOrShow(
  page: Page,
  screenshot: string,
  server: ProductionServer,
  at: Scene,
  test: (visit: Visit) => boolean,
): Promise<Visit> {
  try {
    return await awaitVisit(server, at, test);
  } catch (error) {
    await saveScreenshot(page, screenshot);
    throw error;
  }
}

export function block(page: Page, visitId: string): Locator {
  return page.locator(`[data-visit-id="${visitId}"]`).first();
}

export async function openCard(page: Page, visit: { id: string; patient: { surname: string } }) {
  await block(page, visit.id).click();
  const card = page.getByRole('dialog', { name: new RegExp(visit.patient.surname) });
  await card.waitFor();
  return card;
}

export async function secondAgenda(browser: Browser, server: ProductionServer): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await signInPage(page, 'reception');
  return page;
}

async function failEveryCall(sandbox: string): Promise<void> {
  await sandboxControl(sandbox, 'POST', '/faults', { errorRate: 1 });
}

async function healSandbox(sandbox: string): Promise<void> {
  await sandboxControl(sandbox, 'DELETE', '/faults');
}

/** `HH:MM:SS` of the grid row an instant falls in (rows of `slotMinutes`), in the clinic's zone. */
function rowOf(instant: string, slotMinutes: number): string {
  const time = Temporal.Instant.from(instant).toZonedDateTimeISO('Europe/Warsaw');
  const minutes = Math.floor((time.hour * 60 + time.minute) / slotMinutes) * slotMinutes;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
}

/**
 * A point to press on `target` once it has stayed put for a moment: one that hits the block
 * itself, not a neighbour drawn over part of it (visits at the same time share the column).
 */
async function steadyGrab(page: Page, target: Locator): Promise<{ x: number; y: number }> {
  let previous = await target.boundingBox();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(150);
    const box = await target.boundingBox();
    const still =
      box && previous && Math.abs(box.x - previous.x) < 1 && Math.abs(box.y - previous.y) < 1;
    previous = box;
    if (!box || !still) continue;
    const candidates = [0.15, 0.35, 0.6, 0.85].flatMap((fx) =>
      [3, box.height / 2, box.height - 4].map((dy) => ({
        x: box.x + box.width * fx,
        y: box.y + dy,
      })),
    );
    const hit = await target.evaluate(
      (element, points) =>
        points.find((point) => element.contains(document.elementFromPoint(point.x, point.y))),
      candidates,
    );
    if (hit) return hit;
  }
  throw new Error('no part of the block stood still under the pointer');
}

/** Drags a visit's block by a part of it that shows to the same spot of the row `target` falls in. */
export async function dragVisit(page: Page, visit: Visit, target: string): Promise<void> {
  // Each row of the time grid is drawn twice with its `data-time`: its label, then its lane.
  const times = await page
    .locator('[data-time]')
    .evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute('data-time') ?? ''))]);
  const [a, b] = times.map((time) => Temporal.PlainTime.from(time));
  const slotMinutes = a && b ? b.since(a).total('minutes') : 30;
  const toRowLocator = page.locator(`[data-time="${rowOf(target, slotMinutes)}"]`).last();
  await toRowLocator.scrollIntoViewIfNeeded();
  // The grid settles first (the week loaded, open hours drawn): a block that moves between
  // measuring and pressing would make the press land beside it.
  await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
  const grab = await steadyGrab(page, block(page, visit.id));
  const fromRow = await page
    .locator(`[data-time="${rowOf(visit.start, slotMinutes)}"]`)
    .last()
    .boundingBox();
  const toRow = await toRowLocator.boundingBox();
  const day = Temporal.Instant.from(target).toZonedDateTimeISO('Europe/Warsaw').toPlainDate();
  const column = await page.locator(`[role="cell"][data-date="${day}"]`).boundingBox();
  if (!fromRow || !toRow || !column) throw new Error('the grid has no such place');
  const offset = grab.y - fromRow.y;
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x, grab.y + 12, { steps: 3 });
  await page.mouse.move(column.x + column.width / 2, toRow.y + offset, { steps: 10 });
  await page.mouse.up();
}

/** Whether `candidate` is `visit` moved to start at `target`: a booked visit of its patient then. */
export function movedVisit(visit: { patient: { surname: string } }, target: string) {
  return (candidate: Visit) =>
    candidate.status === 'booked' &&
    candidate.patient.surname === visit.patient.surname &&
    Date.parse(candidate.start) === Date.parse(target);
}

/** The page's alert saying Docplanner refused. */
export async function docplannerAlert(page: Page): Promise<void> {
  await page
    .getByRole('alert')
    .filter({ hasText: /Docplanner/i })
    .first()
    .waitFor();
}

/** Runs `act` while every call to Docplanner fails, and heals the sandbox after it. */
export async function whileDocplannerFails(
  { sandbox }: Scene,
  act: () => Promise<void>,
): Promise<void> {
  await failEveryCall(sandbox);
  try {
    await act();
  } finally {
    await healSandbox(sandbox);
  }
}
