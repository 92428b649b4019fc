// `GET /api/patients?q=`: a patient's visits, past and coming, across what the server has synced.
import { z } from 'zod';
import { visitSchema } from './visit.ts';

/** At least two characters of a name or three digits of a phone number. */
export const patientQuerySchema = z.object({ q: z.string().trim().min(2).max(100) });

export const patientSearchSchema = z.object({
  query: z.string(),
  /** Newest first; at most `limit` (the answer says when there were more). */
  visits: z.array(visitSchema),
  truncated: z.boolean(),
});
export type PatientSearch = z.infer<typeof patientSearchSchema>;
