// Environment → validated configuration. Every bad value gets its own sentence at start-up,
// so a misconfigured clinic server says what to fix instead of failing later (the variables
// and their sentences: config/env-schema.ts).
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { type Locale, localeOfDocplannerCountry } from '../shared/i18n/locales.ts';
import { docplannerLocales } from './config/docplanner-locales.ts';
import { envSchema } from './config/env-schema.ts';

export { type DocplannerLocale, docplannerLocales } from './config/docplanner-locales.ts';

export type Upstream =
  /** `url` set: a stand-alone sandbox (`npm run sandbox`); unset: start one in-process. */
  | { kind: 'sandbox'; seed: number; url?: string; marketplace: boolean }
  | {
      kind: 'docplanner';
      /** e.g. https://www.znanylekarz.pl — the API lives under /api/v3/integration. */
      origin: string;
      clientId: string;
      clientSecret: string;
    };

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  /** PostgreSQL, shared by several instances; when null the store is SQLite in dataDir. */
  databaseUrl: string | null;
  /** With several instances: how often a follower tries to take the lead. */
  leaderRetryMs: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  upstream: Upstream;
  /** The facility to show; when unset, the first one the credentials can see. */
  facilityId: string | undefined;
  /** The zone the agenda is drawn in. */
  timeZone: string;
  /** The language of the clinic's Docplanner country: the page's last fallback. */
  clinicLocale: Locale;
  /** Whether `http:` video links may become links (only for the local sandbox). */
  allowHttpVideoLinks: boolean;
  notifications:
    | { mode: 'pull'; intervalMs: number }
    /** `secret` is the last segment of the webhook path /webhooks/docplanner/{secret}. */
    | { mode: 'push'; secret: string };
  /** A range of the agenda synced more recently than this is not re-read from Docplanner. */
  agendaSyncMaxAgeMs: number;
  reminderLeadMinutes: number[];
  snoozeMinutes: number;
  joinWindow: {
    opensBeforeMinutes: number;
    emphasisBeforeMinutes: number;
    closesAfterMinutes: number;
  };
  paymentWindow: { windowMinutes: number; graceMinutes: number };
  sessionIdleMs: number;
  /** Push senders allowed: Docplanner's published list, a fixed list, or anyone (undefined). */
  webhookAllowlist: { kind: 'docplanner' } | { kind: 'fixed'; addresses: string[] } | undefined;
  trustProxy: boolean;
  /** `auto`: Secure cookies when the request came over HTTPS (directly or via a proxy). */
  secureCookies: 'auto' | boolean;
  /** Bearer token for GET /metrics from elsewhere than this machine; loopback only without it. */
  metricsToken: string | undefined;
  /** Dead letters and processed inbox entries older than this are deleted (pending ones never). */
  retentionMs: number;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Reads the configuration from an environment (process.env by default); throws ConfigError. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = issue.path.join('.');
        return issue.message.includes(key) ? issue.message : `${key}: ${issue.message}`;
      }),
    );
  }
  const values = parsed.data;
  const locale = docplannerLocales[values.DOCPLANNER_LOCALE];
  const upstream: Upstream =
    values.DOCPLANNER_CLIENT_ID && values.DOCPLANNER_CLIENT_SECRET
      ? {
          kind: 'docplanner',
          origin: (values.DOCPLANNER_BASE_URL ?? `https://www.${locale.domain}`).replace(
            /\/+$/,
            '',
          ),
          clientId: values.DOCPLANNER_CLIENT_ID,
          clientSecret: values.DOCPLANNER_CLIENT_SECRET,
        }
      : {
          kind: 'sandbox',
          seed: values.SANDBOX_SEED,
          marketplace: values.SANDBOX_MARKETPLACE === 'on',
          ...(values.SANDBOX_URL ? { url: values.SANDBOX_URL.replace(/\/+$/, '') } : {}),
        };
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: values.DATA_DIR,
    databaseUrl: values.DATABASE_URL ?? null,
    leaderRetryMs: values.LEADER_RETRY_MS,
    logLevel: values.LOG_LEVEL,
    upstream,
    facilityId: values.DOCPLANNER_FACILITY_ID,
    timeZone: values.FACILITY_TIMEZONE ?? locale.timeZone,
    clinicLocale: localeOfDocplannerCountry(values.DOCPLANNER_LOCALE),
    allowHttpVideoLinks: upstream.kind === 'sandbox',
    notifications:
      values.NOTIFICATIONS_MODE === 'push'
        ? {
            mode: 'push',
            // The sandbox needs no registered URL: a fresh secret each start is enough.
            secret: values.WEBHOOK_SECRET ?? randomBytes(24).toString('base64url'),
          }
        : { mode: 'pull', intervalMs: values.PULL_INTERVAL_MS },
    agendaSyncMaxAgeMs: values.AGENDA_SYNC_MAX_AGE_S * 1000,
    reminderLeadMinutes: values.REMINDER_LEAD_MINUTES,
    snoozeMinutes: values.SNOOZE_MINUTES,
    joinWindow: {
      opensBeforeMinutes: values.JOIN_OPENS_BEFORE_MINUTES,
      emphasisBeforeMinutes: values.JOIN_EMPHASIS_BEFORE_MINUTES,
      closesAfterMinutes: values.JOIN_CLOSES_AFTER_MINUTES,
    },
    paymentWindow: {
      windowMinutes: values.PAYMENT_WINDOW_MINUTES,
      graceMinutes: values.PAYMENT_GRACE_MINUTES,
    },
    sessionIdleMs: values.SESSION_IDLE_MINUTES * 60_000,
    webhookAllowlist:
      values.WEBHOOK_ALLOWED_IPS === undefined
        ? undefined
        : values.WEBHOOK_ALLOWED_IPS === 'docplanner'
          ? { kind: 'docplanner' }
          : {
              kind: 'fixed',
              addresses: values.WEBHOOK_ALLOWED_IPS.split(',').map((a) => a.trim()),
            },
    trustProxy: values.TRUST_PROXY === 'true',
    secureCookies: values.SECURE_COOKIES === 'auto' ? 'auto' : values.SECURE_COOKIES === 'true',
    metricsToken: values.METRICS_TOKEN,
    retentionMs: values.DEAD_LETTER_RETENTION_DAYS * 24 * 60 * 60_000,
  };
}
