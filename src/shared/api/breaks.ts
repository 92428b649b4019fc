// A doctor's breaks (Docplanner `…/breaks`): drawn in the grid, added, moved and deleted.
import { z } from 'zod';
import { instantSchema } from './visit.ts';

export const breakSchema = z.object({
  id: z.string(),
  doctorId: z.string(),
  addressId: z.string(),
  start: instantSchema,
  end: instantSchema,
});
export type Break = z.infer<typeof breakSchema>;

/** `GET /api/breaks?from&to[&doctorId]`. */
export const breaksSchema = z.object({ breaks: z.array(breakSchema) });
export type Breaks = z.infer<typeof breaksSchema>;

const range = { start: instantSchema, end: instantSchema };
const endAfterStart = ({ start, end }: { start: string; end: string }) =>
  Date.parse(start) < Date.parse(end);

/** `POST /api/breaks` → 201 `breakSchema`. */
export const addBreakRequestSchema = z
  .object({ doctorId: z.string().min(1), addressId: z.string().min(1), ...range })
  .refine(endAfterStart, { message: 'the end must be after the start', path: ['end'] });
export type AddBreakRequest = z.infer<typeof addBreakRequestSchema>;

/** `PATCH /api/breaks/:id` (the break keeps its address) → 200 `breakSchema`; `DELETE` → 204. */
export const moveBreakRequestSchema = z
  .object({ addressId: z.string().min(1), ...range })
  .refine(endAfterStart, { message: 'the end must be after the start', path: ['end'] });
export type MoveBreakRequest = z.infer<typeof moveBreakRequestSchema>;
