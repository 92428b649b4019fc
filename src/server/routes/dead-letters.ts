// The admin's view of bodies the BFF could not read: list, look at one, replay it into the inbox
// once the cause is fixed.
import { Hono } from 'hono';
import type {
  DeadLetter,
  DeadLetterList,
  DeadLetterReplayed,
} from '../../shared/api/dead-letters.ts';
import { requireRole } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { DeadLetterReplay } from '../ingest/dead-letter-replay.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import { apiError } from './api-error.ts';

const idPattern = /^[1-9]\d{0,15}$/;
const pageSize = 50;

export function deadLetterRoutes(options: {
  store: Store;
  replay: DeadLetterReplay;
  logger: Logger;
  retentionDays: number;
}) {
  const { store } = options;
  return new Hono<{ Variables: AuthVariables }>()
    .use('*', requireRole('admin'))
    .get('/', async (c) => {
      const before = c.req.query('before');
      if (before !== undefined && !idPattern.test(before)) {
        return apiError(c, 400, 'invalid_query', '`before` must be a dead letter id.');
      }
      const deadLetters = await store.deadLetters.list(
        pageSize + 1,
        before ? Number(before) : undefined,
      );
      const page = deadLetters.slice(0, pageSize);
      const body: DeadLetterList = {
        deadLetters: page,
        total: await store.deadLetters.count(),
        waiting: await store.deadLetters.waiting(),
        nextBefore: deadLetters.length > pageSize ? (page.at(-1)?.id ?? null) : null,
        retentionDays: options.retentionDays,
      };
      return c.json(body);
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      if (!idPattern.test(id))
        return apiError(c, 400, 'invalid_id', 'That is not a dead letter id.');
      const letter: DeadLetter | null = await store.deadLetters.get(Number(id));
      if (!letter)
        return apiError(c, 404, 'not_found', 'No such dead letter (it may have expired).');
      return c.json(letter);
    })
    .post('/:id/replay', async (c) => {
      const id = c.req.param('id');
      if (!idPattern.test(id))
        return apiError(c, 400, 'invalid_id', 'That is not a dead letter id.');
      const outcome = await options.replay.replay(Number(id));
      switch (outcome.kind) {
        case 'not_found':
          return apiError(c, 404, 'not_found', 'No such dead letter (it may have expired).');
        case 'already':
          return apiError(
            c,
            409,
            'already_replayed',
            `This notification was read again already, at ${outcome.replayedAt}${outcome.inboxId === null ? '' : ` (inbox entry ${outcome.inboxId})`}.`,
          );
        case 'still_invalid':
          return apiError(
            c,
            422,
            'still_unreadable',
            `This notification still cannot be read, so it was not read again: ${outcome.reason}`,
          );
        case 'replayed': {
          options.logger.info(
            { deadLetterId: Number(id), inboxId: outcome.inboxId },
            'dead letter replayed',
          );
          const body: DeadLetterReplayed = { replayed: true, inboxId: outcome.inboxId };
          return c.json(body);
        }
      }
    });
}
