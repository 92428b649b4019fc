import { z } from 'zod/mini';

/** One Docplanner address service and how the clinic maps it. */
export const mappingServiceSchema = z.object({
  addressServiceId: z.string(),
  /** Docplanner's name of the service at this address. */
  name: z.string(),
  price: z.nullable(z.number()),
  duration: z.nullable(z.int()),
  dictionaryId: z.nullable(z.string()),
  /** The service is Docplanner's "online consultation" (dictionary). */
  isOnlineConsultation: z.boolean(),
  /** The clinic's own name for it (shown everywhere the service is named), or null. */
  ourServiceName: z.nullable(z.string()),
  /** Visits of this service are online (purple) even at a regular address. */
  online: z.boolean(),
});
export type MappingService = z.infer<typeof mappingServiceSchema>;

export const mappingAddressSchema = z.object({
  id: z.string(),
  name: z.string(),
  isOnlineOnly: z.boolean(),
  visitPayment: z.boolean(),
  /** The clinic's own name for this calendar, or null. */
  calendarName: z.nullable(z.string()),
  services: z.array(mappingServiceSchema),
});
export type MappingAddress = z.infer<typeof mappingAddressSchema>;

export const mappingWarningSchema = z.object({
  code: z.enum([
    'online-address-without-services',
    'online-address-without-online-consultation',
    'online-visits-at-regular-address',
    'payments-enabled',
  ]),
  severity: z.enum(['warning', 'info']),
  doctorId: z.string(),
  addressId: z.nullable(z.string()),
  message: z.string(),
  fix: z.string(),
});
export type MappingWarning = z.infer<typeof mappingWarningSchema>;

/** `GET /api/mapping` (admin): per doctor, the regular and the online address side by side. */
export const mappingSchema = z.object({
  doctors: z.array(
    z.object({
      doctor: z.object({ id: z.string(), name: z.string(), surname: z.string() }),
      regular: z.nullable(mappingAddressSchema),
      online: z.nullable(mappingAddressSchema),
      /** Further addresses of the doctor in this facility, if any. */
      others: z.array(mappingAddressSchema),
    }),
  ),
  warnings: z.array(mappingWarningSchema),
});
export type Mapping = z.infer<typeof mappingSchema>;

/** `PUT /api/mapping/calendars/:addressId`. */
export const calendarNameRequestSchema = z.object({
  calendarName: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
});

/** `PUT /api/mapping/services/:addressServiceId`. */
export const serviceMappingRequestSchema = z.object({
  ourServiceName: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
  online: z.optional(z.boolean()),
});
