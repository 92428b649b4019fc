import { z } from 'zod';
import { collectionSchema, idSchema } from './common.ts';

/**
 * An address (a calendar). `is_online_only` comes only with `with=address.online_only` and
 * `visit_payment` only with `with=address.visit_payment`; absent otherwise.
 */
export const addressSchema = z.looseObject({
  id: idSchema,
  name: z.string().nullish(),
  city_name: z.string().nullish(),
  post_code: z.string().nullish(),
  street: z.string().nullish(),
  is_online_only: z.boolean().optional(),
  visit_payment: z.boolean().optional(),
  booking_extra_fields: z
    .looseObject({ gender: z.boolean(), nin: z.boolean(), birth_date: z.boolean() })
    .optional(),
  commercial_type: z.string().optional(),
  insurance_support: z.string().optional(),
});
export type Address = z.output<typeof addressSchema>;

export const addressesSchema = collectionSchema(addressSchema);
