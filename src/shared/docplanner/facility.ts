import { z } from 'zod';
import { collectionSchema, idSchema } from './common.ts';

export const facilitySchema = z.looseObject({
  id: idSchema,
  name: z.string(),
});
export type Facility = z.output<typeof facilitySchema>;

export const facilitiesSchema = collectionSchema(facilitySchema);
