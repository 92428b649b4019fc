import { z } from 'zod/mini';

/** ISO 8601 date-time with an offset, as everything on our wire. */
export const instantSchema = z.iso.datetime({ offset: true });

export const videoLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), href: z.url({ protocol: /^https?$/ }) }),
  z.object({ kind: z.literal('unavailable'), reason: z.string() }),
]);
export type VideoLinkView = z.infer<typeof videoLinkSchema>;

/** One booking as the agenda shows it: our own shape, not Docplanner's. */
export const visitSchema = z.object({
  id: z.string(),
  doctorId: z.string(),
  addressId: z.string(),
  start: instantSchema,
  end: instantSchema,
  /** Docplanner's status word (`booked`, `canceled`, …), kept open. */
  status: z.string(),
  /** Set when the visit was moved: the id of the new booking (this one is then canceled). */
  movedTo: z.nullable(z.string()),
  patient: z.object({
    name: z.string(),
    surname: z.string(),
    phone: z.nullable(z.string()),
    email: z.nullable(z.string()),
  }),
  service: z.nullable(
    z.object({
      /** Docplanner's address_service_id (unique to the address). */
      id: z.string(),
      name: z.string(),
      /** The services-dictionary id behind it, if known. */
      dictionaryId: z.nullable(z.string()),
    }),
  ),
  comment: z.nullable(z.string()),
  bookedAt: z.nullable(instantSchema),
  /**
   * The doctor's way into the video room. The server lets only trusted web addresses through
   * (see `toVideoLink`); the schema refuses any other scheme again, so no `javascript:` URL can
   * reach an href even if a server bug let one pass.
   */
  video: z.nullable(videoLinkSchema),
  visitPayment: z.boolean(),
  /** Docplanner's raw payment word, open vocabulary. */
  visitPaymentStatus: z.nullable(z.string()),
  /** Decided on the server by the shared rule `isOnlineVisit`. */
  online: z.boolean(),
  /** Whether the patient came (marked at the desk or by the doctor), null until marked. */
  presence: z.nullable(z.enum(['present', 'absent'])),
  /** Confirmed by the patient or the clinic (`booking-confirmed`). */
  confirmed: z.boolean(),
});
export type Visit = z.infer<typeof visitSchema>;
