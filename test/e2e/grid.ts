// Finding one's way in the agenda's time grid as a person does: a day's column, a range dragged.
import type { Page } from 'playwright-core';

/** The day on screen in the week grid: the next week when it is not in this one (e.g. on Sunday). */
export async function showDay(page: Page, day: string): Promise<void> {
  const column = page.locator(`[role="cell"][data-date="${day}"]`);
  await page.getByRole('columnheader').first().waitFor();
  if ((await column.count()) === 0) await page.getByRole('button', { name: 'Next week' }).click();
  await column.waitFor();
  await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
}

/** Drags in one day's column from one hour line to another, as a person selects a range. */
/**
 * An x in the day's column where nothing is drawn at `y`: the demo data differs week to week, and
 * a drag that starts on a visit or a break moves it instead of picking a range (the drag may pass
 * over visits: a range may hold some).
 */
async function freePointIn(page: Page, column: { x: number; width: number }, y: number) {
  const x = await page.evaluate(
    ({ left, width, y }) => {
      const taken = (x: number) =>
        document.elementFromPoint(x, y)?.closest('.visit, .agenda-break') ?? null;
      // From the middle outwards, to the strip FullCalendar leaves free at a lane's end.
      for (let step = 0; step < width / 2 - 1; step += 2) {
        for (const x of [left + width / 2 + step, left + width / 2 - step]) {
          if (!taken(x)) return x;
        }
      }
      return null;
    },
    { left: column.x, width: column.width, y },
  );
  if (x === null) throw new Error(`nothing free to start a drag at y=${y} in the day column`);
  return x;
}

export async function selectHours(
  page: Page,
  day: string,
  from: string,
  to: string,
): Promise<void> {
  const start = page.locator(`[data-time="${from}"]`).last();
  const end = page.locator(`[data-time="${to}"]`).last();
  await end.scrollIntoViewIfNeeded();
  const column = await page.locator(`[role="cell"][data-date="${day}"]`).boundingBox();
  const top = await start.boundingBox();
  const bottom = await end.boundingBox();
  if (!column || !top || !bottom) throw new Error(`no ${day} ${from}–${to} in the grid`);
  const x = await freePointIn(page, column, top.y + 4);
  await page.mouse.move(x, top.y + 4);
  await page.mouse.down();
  await page.mouse.move(x, top.y + 30, { steps: 4 });
  await page.mouse.move(x, bottom.y - 4, { steps: 8 });
  await page.mouse.up();
}
