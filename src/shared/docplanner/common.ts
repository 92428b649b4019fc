// Building blocks of Docplanner's wire (Integrations API v3, spec 1.14.0). Readers are tolerant:
// unknown keys are kept (HATEOAS `_links`, `_embedded`, newer fields), ids given as bare numbers
// (as some spec examples do) become strings, and the seed's `duration: "30"` becomes a number.
import { z } from 'zod';

/** Every id is a string on the wire since 1.0.1; a bare number is tolerated and turned into one. */
export const idSchema = z.union([z.string().min(1), z.number().int()]).transform(String);

/** ISO 8601 date-time with a UTC offset, e.g. `2020-12-01T00:00:00+01:00` (or `Z`). */
export const dateTimeSchema = z.iso.datetime({ offset: true });

/** `YYYY-MM-DD`, used by `birth_date` and the `deleteSlots` path. */
export const dateSchema = z.iso.date();

/** An integer that the seed sometimes writes as a string (`"30"`). */
export const looseIntSchema = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^\d+$/)
    .transform((value) => Number(value)),
]);

/** A phone or NIN that some spec examples write as a bare number. */
export const looseStringSchema = z.union([z.string(), z.number()]).transform(String);

/** `{ _items: [...] }`, the wrapper of every collection. */
export function collectionSchema<Item extends z.ZodType>(item: Item) {
  return z.looseObject({ _items: z.array(item) });
}

/** Success responses use this media type; error responses use {@link errorMediaType}. */
export const successMediaType = 'application/vnd.docplanner+json; charset=UTF-8';
export const errorMediaType = 'application/vnd.error+docplanner+json';

/**
 * The error body. `errors` is declared as string[] but some examples send an object mapping a
 * field path to messages, so both are accepted.
 */
export const errorBodySchema = z.looseObject({
  errors: z
    .union([z.array(z.string()), z.record(z.string(), z.array(z.string()))])
    .optional()
    .default([]),
  message: z.string(),
});
export type ErrorBody = z.output<typeof errorBodySchema>;
