import { Hono } from 'hono';
import { type Reminders, snoozeRequestSchema } from '../../shared/api/reminders.ts';
import type { Visit } from '../../shared/api/visit.ts';
import { remindersFor, requireRole, visitRefusal } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { ReminderService } from '../reminders/reminder-service.ts';
import type { User } from '../store/users-table.ts';
import { apiError } from './api-error.ts';

const reminderId = /^([\w-]{1,64}):(\d{1,3})$/;

export function reminderRoutes(options: {
  reminders: ReminderService;
  visitById: (visitId: string) => Promise<Visit | null>;
}) {
  const list = (user: User): Reminders => ({
    reminders: remindersFor(user, options.reminders.current()),
  });

  /** The reminder id checked: well-formed, and of a visit of this clinic. */
  async function problemWith(user: User, id: string): Promise<[400 | 404, string, string] | null> {
    const match = reminderId.exec(id);
    if (!match) return [400, 'invalid_id', 'A reminder id looks like <visitId>:<minutes>.'];
    return visitRefusal(user, await options.visitById(match[1] as string));
  }

  return new Hono<{ Variables: AuthVariables }>()
    .use('*', requireRole('doctor'))
    .get('/', (c) => c.json(list(c.get('user')!)))
    .post('/:id/dismiss', async (c) => {
      const problem = await problemWith(c.get('user')!, c.req.param('id'));
      if (problem) return apiError(c, ...problem);
      await options.reminders.dismiss(c.req.param('id'));
      return c.json(list(c.get('user')!));
    })
    .post('/:id/snooze', async (c) => {
      const problem = await problemWith(c.get('user')!, c.req.param('id'));
      if (problem) return apiError(c, ...problem);
      const text = await c.req.text();
      let json: unknown = {};
      try {
        json = text.trim() === '' ? {} : JSON.parse(text);
      } catch {
        return apiError(c, 400, 'invalid_json', 'The body is not JSON.');
      }
      const body = snoozeRequestSchema.safeParse(json);
      if (!body.success) {
        return apiError(c, 400, 'invalid_body', '`minutes` must be a whole number from 1 to 120.');
      }
      await options.reminders.snooze(c.req.param('id'), body.data.minutes);
      return c.json(list(c.get('user')!));
    });
}
