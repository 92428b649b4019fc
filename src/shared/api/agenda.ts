import { z } from 'zod';
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
  street: z.string().nullable(),
  city: z.string().nullable(),
  isOnlineOnly: z.boolean(),
  visitPayment: z.boolean(),
});
export type AgendaAddress = z.infer<typeof agendaAddressSchema>;

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
  /** When this data was read from Docplanner. */
  fetchedAt: instantSchema,
});
export type Agenda = z.infer<typeof agendaSchema>;

/** The query of `GET /api/agenda`: a half-open range [from, to) of at most 42 days. */
export const agendaQuerySchema = z
  .object({ from: instantSchema, to: instantSchema })
  .refine(({ from, to }) => Date.parse(from) < Date.parse(to), {
    message: '`from` must be before `to`',
    path: ['to'],
  })
  .refine(({ from, to }) => Date.parse(to) - Date.parse(from) <= 42 * 24 * 3600 * 1000, {
    message: 'the range must not exceed 42 days',
    path: ['to'],
  });
export type AgendaQuery = z.infer<typeof agendaQuerySchema>;
