// `/api/agenda?from&to` answered with generated visits for the month and doctor-column rows: the
// same visits for our page and the bare one, only those in the range asked for (as the real API),
// optionally spread over many doctors, one column each in reception's day.
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import type { AgendaDoctor } from '../../src/shared/api/agenda.ts';
import {
  type BulkVisitsOptions,
  buildAgenda,
  buildVisits,
  demoDoctor,
  demoTimeZone,
} from '../fixtures/agenda.ts';

export interface AgendaShape {
  /** Visits in every week the range touches (ids carry the week's Monday). */
  perWeek: number;
  visitOptions: BulkVisitsOptions & { days: number; slotsPerDay: number };
  /**
   * How many doctors the agenda has (default 1): each takes the next `days × slotsPerDay` visits
   * of the week, so a doctor never has two at once and every doctor has every slot of every day.
   */
  doctors?: number;
}

const firstNames = ['Anna', 'Piotr', 'Maria', 'Jan', 'Zofia', 'Tomasz', 'Ewa', 'Adam'];
const surnames = ['Nowak', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zielińska', 'Mazur', 'Krawczyk'];

export function generatedDoctors(count: number): AgendaDoctor[] {
  return Array.from({ length: count }, (_, index) =>
    index === 0
      ? demoDoctor
      : {
          id: `doc-${index + 1}`,
          name: firstNames[index % firstNames.length]!,
          surname: `${surnames[index % surnames.length]}-${index + 1}`,
        },
  );
}

/** The JSON body of `GET /api/agenda?from&to` for `shape`. */
export function generatedAgendaBody(from: string, to: string, shape: AgendaShape): string {
  const doctors = generatedDoctors(shape.doctors ?? 1);
  const perDoctor = shape.visitOptions.days * shape.visitOptions.slotsPerDay;
  const [fromMs, toMs] = [Date.parse(from), Date.parse(to)];
  const visits = mondaysIn(from, to)
    .flatMap((monday) =>
      buildVisits(shape.perWeek, monday, {
        ...shape.visitOptions,
        idPrefix: `visit-${monday}-`,
      }).map((visit, index) => ({
        ...visit,
        doctorId: doctors[Math.floor(index / perDoctor) % doctors.length]!.id,
      })),
    )
    .filter((visit) => Date.parse(visit.start) < toMs && Date.parse(visit.end) > fromMs);
  return JSON.stringify(buildAgenda({ from, to, doctors, visits }));
}

const bodies = new Map<string, string>();

/**
 * Routes the page's `/api/agenda` to generated visits; each range is generated once, so every run
 * pays the same (zero) cost on the Node side.
 */
export async function answerAgenda(page: Page, shape: AgendaShape): Promise<void> {
  await page.route('**/api/agenda?*', async (route) => {
    const query = new URL(route.request().url()).searchParams;
    const from = query.get('from');
    const to = query.get('to');
    if (!from || !to) return route.fulfill({ status: 400, body: 'from and to are required' });
    const key = `${from} ${to} ${JSON.stringify(shape)}`;
    const body = bodies.get(key) ?? generatedAgendaBody(from, to, shape);
    bodies.set(key, body);
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

/** The Mondays (facility zone) of the weeks that [from, to) overlaps, at most 8. */
function mondaysIn(from: string, to: string): string[] {
  const zoned = (text: string) => Temporal.Instant.from(text).toZonedDateTimeISO(demoTimeZone);
  const first = zoned(from).toPlainDate();
  const last = zoned(to).subtract({ nanoseconds: 1 }).toPlainDate();
  const mondays: string[] = [];
  for (
    let monday = first.subtract({ days: first.dayOfWeek - 1 });
    Temporal.PlainDate.compare(monday, last) <= 0 && mondays.length < 8;
    monday = monday.add({ weeks: 1 })
  ) {
    mondays.push(monday.toString());
  }
  return mondays;
}
