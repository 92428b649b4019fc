// What the server refused, in the page's language: its error code has a message in the catalog
// (`api.error.<code>`); a code the catalog does not know keeps the server's own sentence.
import type { ApiError } from '../../shared/api/error.ts';
import { tMaybe } from './i18n/messages.ts';

export function serverErrorText(error: ApiError['error'], retryAfter?: string | null): string {
  const seconds = Number(retryAfter);
  const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
  return tMaybe(`api.error.${error.code}`, { minutes }) ?? error.message;
}
