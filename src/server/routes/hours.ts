// Opening and closing hours on Docplanner from the agenda, and the slots layer.
import { Hono } from 'hono';
import { agendaQuerySchema } from '../../shared/api/agenda.ts';
import { type HoursServices, hoursRequestSchema } from '../../shared/api/online-hours.ts';
import { anyStaff, requireRole } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { Logger } from '../logger.ts';
import { type HoursPublisher, HoursRequestError } from '../mapping/hours-publisher.ts';
import type { MappingReader } from '../mapping/mapping-reader.ts';
import type { SlotsLayerReader } from '../mapping/slots-layer.ts';
import { apiError, upstreamFailure } from './api-error.ts';
import { readBody } from './request-body.ts';

export function hoursRoutes(options: {
  publisher: HoursPublisher;
  mapping: MappingReader;
  logger: Logger;
}) {
  return new Hono<{ Variables: AuthVariables }>()
    .get('/services', requireRole('doctor', 'admin'), async (c) => {
      const user = c.get('user')!;
      const doctorId = c.req.query('doctorId') ?? '';
      if (!/^[\w-]{1,64}$/.test(doctorId)) {
        return apiError(c, 400, 'invalid_query', '`doctorId` must be a Docplanner doctor id.');
      }
      if (user.role === 'doctor' && doctorId !== user.doctorId) {
        return apiError(c, 403, 'forbidden', 'A doctor sees only their own services.');
      }
      try {
        const entry = (await options.mapping.read()).doctors.find((d) => d.doctor.id === doctorId);
        if (!entry) return apiError(c, 404, 'not_found', 'No such doctor in this clinic.');
        const body: HoursServices = {
          services: [entry.regular, entry.online, ...entry.others]
            .filter((address) => address !== null)
            .flatMap((address) =>
              address.services.map((service) => ({
                addressServiceId: service.addressServiceId,
                name: service.ourServiceName ?? service.name,
                addressId: address.id,
                addressIsOnlineOnly: address.isOnlineOnly,
                online: service.online,
                duration: service.duration,
              })),
            ),
        };
        return c.json(body);
      } catch (error) {
        return upstreamFailure(c, error, options.logger);
      }
    })
    .post('/', requireRole('doctor', 'admin'), async (c) => {
      const body = await readBody(c, hoursRequestSchema);
      if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
      const user = c.get('user')!;
      if (user.role === 'doctor' && body.data.doctorId !== user.doctorId) {
        return apiError(c, 403, 'forbidden', 'A doctor opens only their own hours.');
      }
      try {
        const result = await options.publisher.publish(body.data);
        const status = result.failed.length === 0 ? 200 : result.applied.length === 0 ? 502 : 207;
        return c.json(result, status);
      } catch (error) {
        if (error instanceof HoursRequestError)
          return apiError(c, 422, 'cannot_route', error.message);
        return upstreamFailure(c, error, options.logger);
      }
    });
}

export function slotsRoutes(options: { layer: SlotsLayerReader; logger: Logger }) {
  return new Hono<{ Variables: AuthVariables }>().get('/', anyStaff, async (c) => {
    const query = agendaQuerySchema.safeParse({ from: c.req.query('from'), to: c.req.query('to') });
    if (!query.success) {
      return apiError(
        c,
        400,
        'invalid_query',
        '`from` and `to` must be ISO 8601 date-times with an offset, at most 42 days apart.',
      );
    }
    const user = c.get('user')!;
    try {
      return c.json(
        await options.layer.read(
          Date.parse(query.data.from),
          Date.parse(query.data.to),
          user.role === 'doctor' ? new Set([user.doctorId ?? '']) : null,
        ),
      );
    } catch (error) {
      return upstreamFailure(c, error, options.logger);
    }
  });
}
