import { Hono } from 'hono';
import { type Agenda, agendaQuerySchema, type ParsedAgendaQuery } from '../../shared/api/agenda.ts';
import type { AgendaReader } from '../agenda/read-agenda.ts';
import { agendaFor, anyStaff } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { Logger } from '../logger.ts';
import { apiError, upstreamFailure } from './api-error.ts';
import { createPreparedJson } from './prepared-json.ts';

/** Valid queries remembered (the same few weeks are asked for again and again). */
const rememberedQueries = 64;

export function agendaRoutes(options: { reader: AgendaReader; logger: Logger }) {
  const prepared = createPreparedJson<Agenda>();
  const valid = new Map<string, ParsedAgendaQuery>();
  return new Hono<{ Variables: AuthVariables }>().get('/', anyStaff, async (c) => {
    const raw = {
      from: c.req.query('from'),
      to: c.req.query('to'),
      refresh: c.req.query('refresh'),
    };
    const key = JSON.stringify(raw);
    const known = valid.get(key);
    const query = known
      ? ({ success: true, data: known } as const)
      : agendaQuerySchema.safeParse(raw);
    if (query.success && !known) {
      if (valid.size >= rememberedQueries) valid.delete(valid.keys().next().value as string);
      valid.set(key, query.data);
    }
    if (!query.success) {
      const issues: Record<string, string[]> = {};
      for (const issue of query.error.issues) {
        const key = issue.path.join('.') || 'query';
        const message =
          issue.code === 'invalid_type'
            ? `\`${key}\` is required: an ISO 8601 date-time with an offset, e.g. 2026-11-23T00:00:00+01:00`
            : issue.code === 'invalid_format'
              ? `\`${key}\` must be an ISO 8601 date-time with an offset, e.g. 2026-11-23T00:00:00+01:00`
              : issue.message;
        issues[key] = [...(issues[key] ?? []), message];
      }
      return apiError(
        c,
        400,
        'invalid_query',
        `The agenda range is invalid: ${Object.values(issues).flat().join('; ')}`,
        issues,
      );
    }
    try {
      const agenda = await options.reader.read(query.data);
      c.header('cache-control', 'no-store');
      const user = c.get('user')!;
      // A doctor's view depends on the doctor; reception's and admin's are the same.
      const view = user.role === 'doctor' ? `doctor:${user.doctorId}` : 'facility';
      return prepared.send(c, agenda, view, () => agendaFor(user, agenda));
    } catch (error) {
      return upstreamFailure(c, error, options.logger);
    }
  });
}
