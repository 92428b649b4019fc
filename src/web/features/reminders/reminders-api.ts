// The reminder calls of our BFF: each answers with the whole current list, which replaces ours.
import { type ActiveReminder, remindersSchema } from '../../../shared/api/reminders.ts';
import { apiHttp as api, toApiRequestError } from '../../lib/api-client.ts';

export interface RemindersApi {
  list: () => Promise<ActiveReminder[]>;
  dismiss: (reminderId: string) => Promise<ActiveReminder[]>;
  snooze: (reminderId: string, minutes?: number) => Promise<ActiveReminder[]>;
}

async function call(request: () => Promise<{ reminders: ActiveReminder[] }>) {
  try {
    return (await request()).reminders;
  } catch (error) {
    throw toApiRequestError(error);
  }
}

export const remindersApi: RemindersApi = {
  list: () => call(() => api.get('reminders').json(remindersSchema)),
  dismiss: (reminderId) =>
    call(() =>
      api.post(`reminders/${encodeURIComponent(reminderId)}/dismiss`).json(remindersSchema),
    ),
  snooze: (reminderId, minutes) =>
    call(() =>
      api
        .post(`reminders/${encodeURIComponent(reminderId)}/snooze`, {
          json: minutes === undefined ? {} : { minutes },
        })
        .json(remindersSchema),
    ),
};
