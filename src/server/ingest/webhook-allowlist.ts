// Optional: accept Docplanner's pushes only from Docplanner's published addresses
// (`https://www.{domain}/public/docs/public-ips.json`, key "API"), refreshed daily as the guide
// recommends — or from a fixed list. Until the first list arrives, nothing is refused: losing
// notifications is worse than a few minutes without the filter (the secret path still guards).
import ky from 'ky';
import { z } from 'zod';
import type { Logger } from '../logger.ts';

const publicIpsSchema = z.looseObject({ API: z.array(z.string().min(1)) });

/** `::ffff:1.2.3.4` and `1.2.3.4` are the same client. */
function normalise(address: string): string {
  return address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:/, '');
}

export type AllowlistSource =
  | { kind: 'docplanner'; origin: string }
  | { kind: 'fixed'; addresses: string[] };

export function createWebhookAllowlist(options: {
  source: AllowlistSource;
  logger: Logger;
  refreshMs?: number;
}) {
  let allowed: Set<string> | null =
    options.source.kind === 'fixed' ? new Set(options.source.addresses.map(normalise)) : null;
  let timer: NodeJS.Timeout | undefined;

  async function refresh(): Promise<void> {
    if (options.source.kind !== 'docplanner') return;
    try {
      const body = await ky
        .get(`${options.source.origin}/public/docs/public-ips.json`, { timeout: 10_000 })
        .json(publicIpsSchema);
      allowed = new Set(body.API.map(normalise));
      options.logger.info({ addresses: allowed.size }, 'webhook allowlist refreshed');
    } catch (error) {
      options.logger.warn(
        { err: String(error) },
        'could not refresh the webhook allowlist; keeping the last one',
      );
    }
  }

  return {
    allows(address: string | undefined): boolean {
      if (allowed === null) return true;
      return address !== undefined && allowed.has(normalise(address));
    },
    refresh,
    start(): void {
      void refresh();
      timer = setInterval(() => void refresh(), options.refreshMs ?? 24 * 60 * 60_000);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}
export type WebhookAllowlist = ReturnType<typeof createWebhookAllowlist>;
