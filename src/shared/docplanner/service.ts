import { z } from 'zod';
import { collectionSchema, idSchema, looseIntSchema } from './common.ts';

/** An entry of the services dictionary (`GET /services`). */
export const serviceSchema = z.looseObject({
  id: idSchema,
  name: z.string(),
  is_diagnostic: z.boolean().optional(),
});
export type Service = z.output<typeof serviceSchema>;
export const servicesSchema = collectionSchema(serviceSchema);

/** A service as one address offers it; its id is unique to that address. */
export const addressServiceSchema = z.looseObject({
  id: idSchema,
  name: z.string(),
  price: z.number().nullish(),
  is_price_from: z.boolean().optional(),
  is_default: z.boolean().optional(),
  service_id: idSchema.nullish(),
  description: z.string().nullish(),
  duration: looseIntSchema.optional(),
  is_visible: z.boolean().optional(),
  allowed_patients: z
    .looseObject({
      minimum_age: z.number().int().nullish(),
      maximum_age: z.number().int().nullish(),
    })
    .nullish(),
  custom_name: z.string().nullish(),
  /** The seed's slot-booked example puts `visit_payment` here; the spec puts it on the booking. */
  visit_payment: z.boolean().optional(),
});
export type AddressService = z.output<typeof addressServiceSchema>;
export const addressServicesSchema = collectionSchema(addressServiceSchema);
