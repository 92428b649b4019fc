import { Hono } from 'hono';
import { type Reminders, snoozeRequestSchema } from '../../shared/api/reminders.ts';
import type { ReminderService } from '../reminders/reminder-service.ts';
import { apiError } from './api-error.ts';

const reminderId = /^([\w-]{1,64}):(\d{1,3})$/;

export function reminderRoutes(options: {
  reminders: ReminderService;
  visitExists: (visitId: string) => Promise<boolean>;
}) {
  const list = (): Reminders => ({ reminders: options.reminders.current() });

  /** The reminder id checked: well-formed, and of a visit of this clinic. */
  async function problemWith(id: string): Promise<[400 | 404, string, string] | null> {
    const match = reminderId.exec(id);
    if (!match) return [400, 'invalid_id', 'A reminder id looks like <visitId>:<minutes>.'];
    if (!(await options.visitExists(match[1] as string))) {
      return [404, 'not_found', 'No such visit in this clinic.'];
    }
    return null;
  }

  return new Hono()
    .get('/', (c) => c.json(list()))
    .post('/:id/dismiss', async (c) => {
      const problem = await problemWith(c.req.param('id'));
      if (problem) return apiError(c, ...problem);
      await options.reminders.dismiss(c.req.param('id'));
      return c.json(list());
    })
    .post('/:id/snooze', async (c) => {
      const problem = await problemWith(c.req.param('id'));
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
      return c.json(list());
    });
}
