// The admin's mapping of Docplanner calendars and services to the clinic's own names.
import { Hono } from 'hono';
import {
  calendarNameRequestSchema,
  serviceMappingRequestSchema,
} from '../../shared/api/mapping.ts';
import { requireRole } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { Logger } from '../logger.ts';
import type { MappingReader } from '../mapping/mapping-reader.ts';
import type { Store } from '../store/store.ts';
import { apiError, upstreamFailure } from './api-error.ts';
import { readBody } from './request-body.ts';

const idPattern = /^[\w-]{1,64}$/;

export function mappingRoutes(options: {
  store: Store;
  reader: MappingReader;
  logger: Logger;
  onChanged: () => void;
}) {
  return new Hono<{ Variables: AuthVariables }>()
    .use('*', requireRole('admin'))
    .get('/', async (c) => {
      try {
        return c.json(await options.reader.read());
      } catch (error) {
        return upstreamFailure(c, error, options.logger);
      }
    })
    .put('/calendars/:addressId', async (c) => {
      const id = c.req.param('addressId');
      if (!idPattern.test(id)) return apiError(c, 400, 'invalid_id', 'That is not an address id.');
      const body = await readBody(c, calendarNameRequestSchema);
      if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
      await options.store.mapping.setCalendarName(id, body.data.calendarName);
      options.onChanged();
      return c.body(null, 204);
    })
    .put('/services/:addressServiceId', async (c) => {
      const id = c.req.param('addressServiceId');
      if (!idPattern.test(id)) return apiError(c, 400, 'invalid_id', 'That is not a service id.');
      const body = await readBody(c, serviceMappingRequestSchema);
      if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
      await options.store.mapping.setServiceMapping(id, {
        ourName: body.data.ourServiceName,
        online: body.data.online ?? null,
      });
      options.onChanged();
      return c.body(null, 204);
    });
}
