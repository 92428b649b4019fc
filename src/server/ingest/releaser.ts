// Push mode: asks Docplanner to push again whatever failed to reach us (POST
// /notifications/release), at start-up and then once an hour, which is all Docplanner allows.
import { isHTTPError } from 'ky';
import type { Logger } from '../logger.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';

const hourMs = 60 * 60 * 1000;

export function createReleaser(options: { api: DocplannerApi; logger: Logger; everyMs?: number }) {
  let timer: NodeJS.Timeout | undefined;

  async function release(): Promise<void> {
    try {
      await options.api.releaseNotifications();
      options.logger.info('asked Docplanner to push failed notifications again');
    } catch (error) {
      const status = isHTTPError(error) ? error.response.status : undefined;
      if (status === 429) {
        options.logger.info('release: Docplanner says it was asked within the hour already');
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
    },
    release,
  };
}
