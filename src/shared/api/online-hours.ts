import { z } from 'zod/mini';

const instant = z.iso.datetime({ offset: true });

/**
 * `POST /api/online-hours`: open or close a doctor's hours on Docplanner. `online` hours go to the
 * online address with its services, `regular` to the regular address; `services` is the seed's
 * fallback, split by service between the two.
 */
export const hoursRequestSchema = z
  .object({
    doctorId: z.string().check(z.minLength(1)),
    start: instant,
    end: instant,
    action: z.enum(['open', 'close']),
    hours: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('online') }),
      z.object({ kind: z.literal('regular') }),
      z.object({
        kind: z.literal('services'),
        addressServiceIds: z.array(z.string()).check(z.minLength(1)),
      }),
    ]),
  })
  .check(
    z.refine(({ start, end }) => Date.parse(start) < Date.parse(end), {
      message: 'the end must be after the start',
      path: ['end'],
    }),
    z.refine(({ start, end }) => Date.parse(end) - Date.parse(start) <= 14 * 24 * 3600_000, {
      message: 'open at most 14 days at once',
      path: ['end'],
    }),
  );
export type HoursRequest = z.infer<typeof hoursRequestSchema>;

/** What was done, day by day and address by address; never silently half-applied. */
export const hoursResultSchema = z.object({
  applied: z.array(z.object({ addressId: z.string(), day: z.string() })),
  failed: z.array(z.object({ addressId: z.string(), day: z.string(), message: z.string() })),
  /** One sentence for the person who asked. */
  message: z.string(),
});
export type HoursResult = z.infer<typeof hoursResultSchema>;

/** `GET /api/slots?from&to`: the slots Docplanner holds, as the agenda's background layer. */
export const slotsLayerSchema = z.object({
  slots: z.array(
    z.object({
      addressId: z.string(),
      doctorId: z.string(),
      start: instant,
      end: instant,
      online: z.boolean(),
    }),
  ),
});
export type SlotsLayer = z.infer<typeof slotsLayerSchema>;

/**
 * `GET /api/online-hours/services?doctorId=`: the doctor's Docplanner address services, for the
 * seed's fallback (one range offered for chosen services, split between the two addresses).
 */
export const hoursServicesSchema = z.object({
  services: z.array(
    z.object({
      addressServiceId: z.string(),
      /** The clinic's name for it when mapped, else Docplanner's. */
      name: z.string(),
      addressId: z.string(),
      addressIsOnlineOnly: z.boolean(),
      /** Online by the mapping: goes to the online address. */
      online: z.boolean(),
      duration: z.nullable(z.int()),
    }),
  ),
});
export type HoursServices = z.infer<typeof hoursServicesSchema>;
