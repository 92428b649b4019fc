// Slots: getSlots' response, and the bodies of replaceSlots and bookSlot.
import { z } from 'zod';
import {
  collectionSchema,
  dateSchema,
  dateTimeSchema,
  idSchema,
  looseIntSchema,
} from './common.ts';
import { addressServicesSchema } from './service.ts';

/** A bookable start; `address_services` only with `with=slot.services`. */
export const slotSchema = z.looseObject({
  start: dateTimeSchema,
  address_services: addressServicesSchema.nullish(),
});
export type Slot = z.output<typeof slotSchema>;
export const slotsSchema = collectionSchema(slotSchema);

export const insuranceAcceptedValues = [
  'with-and-without-insurance',
  'without-insurance-only',
  'with-insurance-only',
] as const;

/** One range of `PUT …/slots`; null or empty `address_services` removes the slots in it. */
export const slotRangeRequestSchema = z.object({
  start: dateTimeSchema,
  end: dateTimeSchema,
  address_services: z
    .array(z.object({ address_service_id: idSchema, duration: looseIntSchema }))
    .nullish(),
  insurance_accepted: z.enum(insuranceAcceptedValues).nullish(),
  insurance_providers: z.array(z.number().int()).nullish(),
});
export type SlotRangeRequest = z.output<typeof slotRangeRequestSchema>;

export const replaceSlotsRequestSchema = z.object({ slots: z.array(slotRangeRequestSchema) });
export type ReplaceSlotsRequest = z.output<typeof replaceSlotsRequestSchema>;

/** The patient in a booking request (the spec's `Patient`: name and phone required). */
export const patientRequestSchema = z.object({
  name: z.string().min(1),
  surname: z.string().optional(),
  phone: z.string().nullable(),
  email: z.string().nullish(),
  birth_date: dateSchema.nullish(),
  nin: z.string().nullish(),
  gender: z.enum(['m', 'f']).nullish(),
  marketing_consent: z.boolean().nullish(),
  data_privacy_consent: z.boolean().nullish(),
});
export type PatientRequest = z.output<typeof patientRequestSchema>;

/** `POST …/slots/{start}/book`. */
export const bookSlotRequestSchema = z.object({
  address_service_id: idSchema,
  patient: patientRequestSchema,
  duration: looseIntSchema,
  is_returning: z.boolean().optional(),
  label: z.string().nullish(),
  comment: z.string().nullish(),
  insurance_provider_id: idSchema.nullish(),
  insurance_plan_id: idSchema.nullish(),
  is_recurring: z.boolean().optional(),
});
export type BookSlotRequest = z.output<typeof bookSlotRequestSchema>;
