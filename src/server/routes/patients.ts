// `GET /api/patients?q=`: a patient's visits, past and coming, found by name or phone among the
// bookings the server keeps for the agenda's facility. A doctor finds only their own visits;
// reception and admin every doctor's. The query is patient data: it is never logged.
import { Hono } from 'hono';
import {
  type PatientSearch,
  patientQuerySchema,
  patientSearchLimit,
} from '../../shared/api/patient-search.ts';
import { queryTerms } from '../../shared/domain/patient-terms.ts';
import type { AgendaReader } from '../agenda/read-agenda.ts';
import { anyStaff, visitFor } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import { apiError, upstreamFailure } from './api-error.ts';

export function patientRoutes(options: { store: Store; reader: AgendaReader; logger: Logger }) {
  return new Hono<{ Variables: AuthVariables }>().get('/', anyStaff, async (c) => {
    const parsed = patientQuerySchema.safeParse({ q: c.req.query('q') });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'That search cannot be run.';
      return apiError(c, 400, 'invalid_query', message, { q: [message] });
    }
    const query = parsed.data.q;
    const user = c.get('user')!;
    // A doctor's search looks at their own visits only, so that the limit counts theirs.
    const doctorId = user.role === 'doctor' ? user.doctorId : null;
    const body: PatientSearch = { query, visits: [], doctors: [], truncated: false };
    c.header('cache-control', 'no-store');
    if (user.role === 'doctor' && doctorId === null) return c.json(body);
    try {
      const terms = queryTerms(query);
      const found = await options.reader.findVisits(async (facilityId) => {
        const records = await options.store.bookings.withPatientTerms(
          facilityId,
          terms,
          doctorId,
          patientSearchLimit + 1,
        );
        body.truncated = records.length > patientSearchLimit;
        return records.slice(0, patientSearchLimit);
      });
      body.visits = found.visits.flatMap((visit) => visitFor(user, visit) ?? []);
      const named = new Set(body.visits.map((visit) => visit.doctorId));
      body.doctors = found.doctors.filter((doctor) => named.has(doctor.id));
      return c.json(body);
    } catch (error) {
      return upstreamFailure(c, error, options.logger);
    }
  });
}
