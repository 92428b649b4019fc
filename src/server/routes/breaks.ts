// `/api/breaks`: a doctor's breaks for the range on screen, and adding, moving and deleting them
// (issue 15). A doctor changes their own breaks only, reception and admin anyone's (403
// otherwise); every change needs an `Idempotency-Key`, so a retry after a network drop acts once.
import { type Context, Hono } from 'hono';
import {
  addBreakRequestSchema,
  type Breaks,
  breaksQuerySchema,
  moveBreakRequestSchema,
} from '../../shared/api/breaks.ts';
import type { DoctorBreaks } from '../agenda/doctor-breaks.ts';
import { anyStaff } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import type { User } from '../store/users-table.ts';
import { apiError, upstreamFailure } from './api-error.ts';
import { docplannerRefusal } from './docplanner-refusal.ts';
import { idempotent } from './idempotency.ts';
import { readBody } from './request-body.ts';

const mayChange = (user: User, doctorId: string) =>
  user.role !== 'doctor' || user.doctorId === doctorId;
const anotherDoctor = 'These are another doctor’s breaks.';

export function breakRoutes(options: {
  store: Store;
  breaks: DoctorBreaks;
  logger: Logger;
  now: () => number;
}) {
  const { breaks, logger } = options;
  const writes = idempotent({ store: options.store, now: options.now });

  /** Null if the user may change the address's breaks, else the answer that says why not. */
  const refusal = async (c: Context<{ Variables: AuthVariables }>, addressId: string) => {
    const doctorId = await breaks.doctorOf(addressId);
    if (doctorId === null) return apiError(c, 404, 'gone', 'The clinic has no such address.');
    return mayChange(c.get('user')!, doctorId)
      ? null
      : apiError(c, 403, 'forbidden', anotherDoctor);
  };

  return new Hono<{ Variables: AuthVariables }>()
    .use('*', anyStaff)
    .get('/', async (c) => {
      const query = breaksQuerySchema.safeParse(c.req.query());
      if (!query.success) {
        return apiError(
          c,
          400,
          'invalid_query',
          `from and to as ISO 8601 date-times with an offset, and an optional doctorId: ${query.error.issues
            .map((issue) => issue.message)
            .join('; ')}.`,
        );
      }
      const user = c.get('user')!;
      const { from, to, doctorId } = query.data;
      try {
        // A doctor sees only their own breaks (as with visits): another doctor's are left out.
        const include = (id: string) =>
          (doctorId === undefined || id === doctorId) && mayChange(user, id);
        const answer: Breaks = {
          breaks: await breaks.list(Date.parse(from), Date.parse(to), include),
        };
        c.header('cache-control', 'no-store');
        return c.json(answer);
      } catch (error) {
        return upstreamFailure(c, error, logger);
      }
    })
    .post('/', writes, async (c) => {
      const body = await readBody(c, addBreakRequestSchema);
      if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
      if (!mayChange(c.get('user')!, body.data.doctorId)) {
        return apiError(c, 403, 'forbidden', anotherDoctor);
      }
      try {
        return c.json(await breaks.add(body.data), 201);
      } catch (error) {
        return docplannerRefusal(c, error, logger, 'gone', 'break');
      }
    })
    .patch('/:addressId/:breakId', writes, async (c) => {
      const body = await readBody(c, moveBreakRequestSchema);
      if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
      const { addressId, breakId } = c.req.param();
      try {
        const refused = await refusal(c, addressId);
        if (refused) return refused;
        return c.json(await breaks.move(breakId, addressId, body.data));
      } catch (error) {
        return docplannerRefusal(c, error, logger, 'gone', 'break');
      }
    })
    .delete('/:addressId/:breakId', writes, async (c) => {
      const { addressId, breakId } = c.req.param();
      try {
        const refused = await refusal(c, addressId);
        if (refused) return refused;
        await breaks.remove(addressId, breakId);
        return c.body(null, 204);
      } catch (error) {
        return docplannerRefusal(c, error, logger, 'gone', 'break');
      }
    });
}
