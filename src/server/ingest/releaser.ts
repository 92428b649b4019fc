// Push mode: asks Docplanner to push again whatever failed to reach us (POST
// /notifications/release), at start-up and then once an hour, which is all Docplanner allows.
import { isHTTPError } from 'ky';
import type { Logger } from '../logger.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';

const hourMs = 60 * 60 * 1000;

export function createReleaser(options: { api: DocplannerApi; logger: Logger; everyMs?: number }) {
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  async function release(): Promise<void> {
    try {
      await options.api.releaseNotifications();
      options.logger.info('asked Docplanner to push failed notifications again');
    } catch (error) {
      const status = isHTTPError(error) ? error.response.status : undefined;
      if (status === 429) {
        // Asked within the hour already (a quick restart): ask again as soon as allowed, not in
        // an hour, so that failed pushes do not wait longer than they must.
        const seconds = Number(
          isHTTPError(error) ? error.response.headers.get('retry-after') : NaN,
        );
        const waitMs = Number.isFinite(seconds) && seconds > 0 ? (seconds + 1) * 1000 : hourMs;
        options.logger.info({ retryInMs: waitMs }, 'release: asked within the hour already');
        clearTimeout(retry);
        retry = setTimeout(() => void release(), Math.min(waitMs, hourMs));
        retry.unref();
      } else if (status === 403) {
        options.logger.warn(
          'release: Docplanner says this client is not in push mode — set NOTIFICATIONS_MODE=pull or ask Docplanner to enable push',
        );
      } else {
        options.logger.warn({ err: String(error), status }, 'release of notifications failed');
      }
    }
  }

  return {
    start(): void {
      void release();
      timer = setInterval(() => void release(), options.everyMs ?? hourMs);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
      clearTimeout(retry);
    },
    release,
  };
}
