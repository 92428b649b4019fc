import { z } from 'zod';
import { addressesSchema } from './address.ts';
import { collectionSchema, idSchema } from './common.ts';

export const doctorSchema = z.looseObject({
  id: idSchema,
  name: z.string(),
  surname: z.string(),
  profile_url: z.string().optional(),
  /** Only on getDoctor with `with=doctor.addresses`. */
  addresses: addressesSchema.optional(),
});
export type Doctor = z.output<typeof doctorSchema>;

export const doctorsSchema = collectionSchema(doctorSchema);
