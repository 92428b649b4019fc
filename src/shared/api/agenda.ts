import { z } from 'zod/mini';
import { instantSchema, visitSchema } from './visit.ts';

export const agendaDoctorSchema = z.object({
  id: z.string(),
  name: z.string(),
  surname: z.string(),
});
export type AgendaDoctor = z.infer<typeof agendaDoctorSchema>;

export const agendaAddressSchema = z.object({
  id: z.string(),
  doctorId: z.string(),
  name: z.string(),
  street: z.nullable(z.string()),
  city: z.nullable(z.string()),
  isOnlineOnly: z.boolean(),
  visitPayment: z.boolean(),
});
export type AgendaAddress = z.infer<typeof agendaAddressSchema>;

/**
 * How fresh the data is. `stale` when Docplanner could not be read just now and the agenda
 * comes from what the server kept; `syncedAt` is the last successful read of this range.
 */
export const syncStateSchema = z.object({
  stale: z.boolean(),
  syncedAt: z.nullable(instantSchema),
  /** A sentence for people when stale, e.g. "Docplanner did not answer; showing data from 14:02". */
  message: z.nullable(z.string()),
});
export type SyncState = z.infer<typeof syncStateSchema>;

/** `GET /api/agenda?from&to`: everything the agenda needs for one range. */
export const agendaSchema = z.object({
  facility: z.object({
    id: z.string(),
    name: z.string(),
    /** IANA zone the agenda is drawn in, e.g. `Europe/Warsaw`. */
    timeZone: z.string(),
  }),
  /** Where the data comes from: the embedded simulator or Docplanner itself. */
  dataSource: z.enum(['sandbox', 'docplanner']),
  from: instantSchema,
  to: instantSchema,
  doctors: z.array(agendaDoctorSchema),
  addresses: z.array(agendaAddressSchema),
  visits: z.array(visitSchema),
  /** When this answer was made. */
  fetchedAt: instantSchema,
  sync: syncStateSchema,
  /** The live stream's position when this was read: open `/api/live?since=` with it. */
  liveCursor: z.int().check(z.nonnegative()),
});
export type Agenda = z.infer<typeof agendaSchema>;

/**
 * The query of `GET /api/agenda`: a half-open range [from, to) of at most 42 days; `refresh=1`
 * re-reads it from Docplanner even when it was synced recently.
 */
export const agendaQuerySchema = z
  .object({
    from: instantSchema,
    to: instantSchema,
    refresh: z.pipe(
      z.optional(z.enum(['0', '1'], { error: '`refresh` must be 0 or 1' })),
      z.transform((value) => value === '1'),
    ),
  })
  .check(
    z.refine(({ from, to }) => Date.parse(from) < Date.parse(to), {
      message: '`from` must be before `to`',
      path: ['to'],
    }),
    z.refine(({ from, to }) => Date.parse(to) - Date.parse(from) <= 42 * 24 * 3600 * 1000, {
      message: 'the range must not exceed 42 days',
      path: ['to'],
    }),
  );
/** What a client sends. */
export type AgendaQuery = z.input<typeof agendaQuerySchema>;
/** What the server reads after validation. */
export type ParsedAgendaQuery = z.output<typeof agendaQuerySchema>;
