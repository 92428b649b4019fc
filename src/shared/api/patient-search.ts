// `GET /api/patients?q=`: a patient's visits, past and coming, across what the server has synced.
import { z } from 'zod/mini';
import { queryProblem } from '../domain/patient-terms.ts';
import { agendaDoctorSchema } from './agenda.ts';
import { visitSchema } from './visit.ts';

/** The longest search accepted. */
export const maxQueryLength = 100;

/** A name (every word a start of the name or surname) or a phone number, in any writing. */
export const patientQuerySchema = z.object({
  q: z.string({ error: 'Type a name or a phone number to search for.' }).check(
    z.trim(),
    z.maxLength(maxQueryLength, {
      error: `The search is too long: use at most ${maxQueryLength} characters.`,
    }),
    z.superRefine((query, context) => {
      const problem = queryProblem(query);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  ),
});

/** How many visits one answer holds at most (the newest). */
export const patientSearchLimit = 50;

export const patientSearchSchema = z.object({
  query: z.string(),
  /** Newest first; at most `patientSearchLimit` (the answer says when there were more). */
  visits: z.array(visitSchema),
  /** The doctors of those visits, to name them. */
  doctors: z.array(agendaDoctorSchema),
  truncated: z.boolean(),
});
export type PatientSearch = z.infer<typeof patientSearchSchema>;
