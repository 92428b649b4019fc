// `GET /api/day-sheet.csv?doctorId=&date=YYYY-MM-DD`: one doctor's day as a CSV file for Excel,
// read from the agenda the way `/api/agenda` reads it. The day is the clinic's (its midnight to
// the next, 23 or 25 hours on the nights the clocks change). A doctor takes out only their own day;
// reception and admin any doctor's.
import { Hono } from 'hono';
import { daySheetQuerySchema } from '../../shared/api/day-sheet.ts';
import { clinicDayRange } from '../../shared/domain/clinic-day.ts';
import { daySheetRows } from '../../shared/domain/day-sheet-rows.ts';
import type { PaymentWindowSettings } from '../../shared/domain/payment-window.ts';
import type { AgendaReader } from '../agenda/read-agenda.ts';
import { agendaFor, anyStaff } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import { daySheetCsv, daySheetFileName } from '../day-sheet/day-sheet-csv.ts';
import type { Logger } from '../logger.ts';
import { apiError, upstreamFailure } from './api-error.ts';

export function daySheetRoutes(options: {
  reader: AgendaReader;
  logger: Logger;
  timeZone: string;
  paymentWindow: PaymentWindowSettings;
  now: () => number;
}) {
  return new Hono<{ Variables: AuthVariables }>().get('/', anyStaff, async (c) => {
    const query = daySheetQuerySchema.safeParse({
      doctorId: c.req.query('doctorId'),
      date: c.req.query('date'),
    });
    if (!query.success) {
      const issues: Record<string, string[]> = {};
      for (const issue of query.error.issues) {
        const key = issue.path.join('.') || 'query';
        issues[key] = [...(issues[key] ?? []), issue.message];
      }
      return apiError(
        c,
        400,
        'invalid_query',
        `Cannot make that day sheet: ${Object.values(issues).flat().join(' ')}`,
        issues,
      );
    }
    const { doctorId, date } = query.data;
    const user = c.get('user')!;
    if (user.role === 'doctor' && user.doctorId !== doctorId) {
      return apiError(c, 403, 'forbidden', 'A doctor can take out only their own day sheet.');
    }
    const day = clinicDayRange(date, options.timeZone);
    let agenda: Awaited<ReturnType<AgendaReader['read']>>;
    try {
      agenda = agendaFor(user, await options.reader.read({ ...day, refresh: false }));
    } catch (error) {
      return upstreamFailure(c, error, options.logger);
    }
    const doctor = agenda.doctors.find((candidate) => candidate.id === doctorId);
    if (!doctor) {
      return apiError(
        c,
        400,
        'unknown_doctor',
        `Cannot make that day sheet: there is no doctor with id ${doctorId} in this clinic.`,
      );
    }
    const rows = daySheetRows(
      agenda.visits,
      { doctorId, day },
      {
        timeZone: options.timeZone,
        nowMs: options.now(),
        paymentWindow: options.paymentWindow,
        addressesById: new Map(agenda.addresses.map((address) => [address.id, address])),
      },
    );
    return c.body(daySheetCsv(rows, date, doctor), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${daySheetFileName(doctor, date)}"`,
      // Patients' names and phones: kept by no cache on the way.
      'cache-control': 'no-store',
    });
  });
}
