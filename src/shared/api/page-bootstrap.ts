import { z } from 'zod/mini';
import { sessionSchema } from './auth.ts';
import { settingsSchema } from './settings.ts';
import { instantSchema } from './visit.ts';

/**
 * What the server writes into the page for a signed-in user, so the agenda starts without first
 * asking who is signed in and how the clinic is set up: the session, the settings, and the week
 * the agenda opens on, whose `GET /api/agenda` the page already preloads (same address).
 */
export const pageBootstrapSchema = z.object({
  session: sessionSchema,
  settings: settingsSchema,
  firstWeek: z.object({ from: instantSchema, to: instantSchema }),
});
export type PageBootstrap = z.infer<typeof pageBootstrapSchema>;

/** The id of the `<script type="application/json">` element that carries it. */
export const pageBootstrapElementId = 'page-bootstrap';

/** `/api/agenda?from&to` exactly as the page's API client writes it, so a preload is reused. */
export function agendaAddress(range: { from: string; to: string }): string {
  return `/api/agenda?${new URLSearchParams({ from: range.from, to: range.to })}`;
}
