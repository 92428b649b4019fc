// What the page needs first, written into it for a signed-in user: the session and settings (no
// round trip before the agenda can start) and a preload of the week it opens on, which the
// browser fetches while it is still loading the script. Signed out, the page gets nothing extra.
import type { Context } from 'hono';
import { Temporal } from 'temporal-polyfill';
import {
  agendaAddress,
  type PageBootstrap,
  pageBootstrapElementId,
} from '../../shared/api/page-bootstrap.ts';
import { weekAround } from '../../shared/domain/facility-week.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import { sessionViewOf } from '../auth/session-view.ts';
import { currentSettings, type SettingsOptions } from './settings.ts';

type AuthContext = Context<{ Variables: AuthVariables }>;

export function pageBootstrapOf(c: AuthContext, options: SettingsOptions): PageBootstrap | null {
  const user = c.get('user');
  const csrfToken = c.get('csrfToken');
  if (!user || !csrfToken) return null;
  const settings = currentSettings(options);
  const now = Temporal.Instant.fromEpochMilliseconds(options.clock.now());
  return {
    session: sessionViewOf(user, csrfToken),
    settings,
    firstWeek: weekAround(now, settings.timeZone),
  };
}

/**
 * JSON that stays data inside `<script>`: no `</script>` or `<!--` can close or bend the element,
 * whatever a user's display name holds.
 */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

function attributeSafe(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The elements to put in the page's `<head>`. */
export function pageBootstrapHead(bootstrap: PageBootstrap): string {
  const agenda = attributeSafe(agendaAddress(bootstrap.firstWeek));
  return (
    `<link rel="preload" href="${agenda}" as="fetch" crossorigin>` +
    `<script type="application/json" id="${pageBootstrapElementId}">${scriptSafeJson(bootstrap)}</script>`
  );
}
