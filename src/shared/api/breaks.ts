// A doctor's breaks (Docplanner `…/breaks`): drawn in the grid, added, moved and deleted.
import { z } from 'zod/mini';
import { instantSchema } from './visit.ts';

export const breakSchema = z.object({
  id: z.string(),
  doctorId: z.string(),
  addressId: z.string(),
  start: instantSchema,
  end: instantSchema,
});
export type Break = z.infer<typeof breakSchema>;

const range = { start: instantSchema, end: instantSchema };
const endAfterStart = ({ start, end }: { start: string; end: string }) =>
  Date.parse(start) < Date.parse(end);
const toAfterFrom = ({ from, to }: { from: string; to: string }) =>
  Date.parse(from) < Date.parse(to);

/** `GET /api/breaks?from&to[&doctorId]`: at most 42 days. */
export const breaksQuerySchema = z
  .object({
    from: instantSchema,
    to: instantSchema,
    doctorId: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine(toAfterFrom, { message: 'to must be after from', path: ['to'] }),
    z.refine(({ from, to }) => Date.parse(to) - Date.parse(from) <= 42 * 24 * 3600_000, {
      message: 'at most 42 days at once',
      path: ['to'],
    }),
  );

/** `GET /api/breaks?from&to[&doctorId]`. */
export const breaksSchema = z.object({ breaks: z.array(breakSchema) });
export type Breaks = z.infer<typeof breaksSchema>;

/** `POST /api/breaks` → 201 `breakSchema`. */
export const addBreakRequestSchema = z
  .object({
    doctorId: z.string().check(z.minLength(1)),
    addressId: z.string().check(z.minLength(1)),
    ...range,
  })
  .check(z.refine(endAfterStart, { message: 'the end must be after the start', path: ['end'] }));
export type AddBreakRequest = z.infer<typeof addBreakRequestSchema>;

/**
 * `PATCH /api/breaks/:addressId/:breakId` (the break keeps its address) → 200 `breakSchema`;
 * `DELETE /api/breaks/:addressId/:breakId` → 204.
 */
export const moveBreakRequestSchema = z
  .object(range)
  .check(z.refine(endAfterStart, { message: 'the end must be after the start', path: ['end'] }));
export type MoveBreakRequest = z.infer<typeof moveBreakRequestSchema>;
