// Environment → validated configuration. Every bad value gets its own sentence at start-up,
// so a misconfigured clinic server says what to fix instead of failing later.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { type Locale, localeOfDocplannerCountry } from '../shared/i18n/locales.ts';
import { settingDefaults as defaults } from './settings-defaults.ts';

/** Docplanner's domain per locale (CONTRACT.md §1); the facility's default zone with it. */
export const docplannerLocales = {
  pl: { domain: 'znanylekarz.pl', timeZone: 'Europe/Warsaw' },
  cz: { domain: 'znamylekar.cz', timeZone: 'Europe/Prague' },
  de: { domain: 'jameda.de', timeZone: 'Europe/Berlin' },
  es: { domain: 'doctoralia.es', timeZone: 'Europe/Madrid' },
  it: { domain: 'miodottore.it', timeZone: 'Europe/Rome' },
  pt: { domain: 'doctoralia.com.pt', timeZone: 'Europe/Lisbon' },
  tr: { domain: 'doktortakvimi.com', timeZone: 'Europe/Istanbul' },
  br: { domain: 'doctoralia.com.br', timeZone: 'America/Sao_Paulo' },
  mx: { domain: 'doctoralia.mx', timeZone: 'America/Mexico_City' },
  ar: { domain: 'doctoraliar.com', timeZone: 'America/Argentina/Buenos_Aires' },
  cl: { domain: 'doctoralia.cl', timeZone: 'America/Santiago' },
  co: { domain: 'doctoralia.co', timeZone: 'America/Bogota' },
  pe: { domain: 'doctoralia.pe', timeZone: 'America/Lima' },
} as const;
export type DocplannerLocale = keyof typeof docplannerLocales;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The minute settings' defaults, by their variable. */
const minuteDefaults = {
  SNOOZE_MINUTES: defaults.snoozeMinutes,
  JOIN_OPENS_BEFORE_MINUTES: defaults.joinWindow.opensBeforeMinutes,
  JOIN_EMPHASIS_BEFORE_MINUTES: defaults.joinWindow.emphasisBeforeMinutes,
  JOIN_CLOSES_AFTER_MINUTES: defaults.joinWindow.closesAfterMinutes,
  PAYMENT_WINDOW_MINUTES: defaults.paymentWindow.windowMinutes,
  PAYMENT_GRACE_MINUTES: defaults.paymentWindow.graceMinutes,
  SESSION_IDLE_MINUTES: defaults.sessionIdleMinutes,
} as const;

function minutesSetting(name: keyof typeof minuteDefaults, min: number, max: number) {
  return z.coerce
    .number({ error: `${name} must be a number of minutes` })
    .int(`${name} must be a whole number of minutes`)
    .min(min, `${name} must be between ${min} and ${max}`)
    .max(max, `${name} must be between ${min} and ${max}`)
    .default(minuteDefaults[name]);
}

const envSchema = z
  .object({
    PORT: z.coerce
      .number({ error: 'PORT must be a number' })
      .int('PORT must be a whole number')
      .min(0, 'PORT must be between 0 and 65535')
      .max(65535, 'PORT must be between 0 and 65535')
      .default(defaults.port),
    HOST: optionalText,
    DATA_DIR: z.string().trim().min(1, 'DATA_DIR must not be empty').default(defaults.dataDir),
    DATABASE_URL: optionalText.refine(
      (url) => url === undefined || (/^postgres(ql)?:\/\/./.test(url) && URL.canParse(url)),
      'DATABASE_URL must be a PostgreSQL URL: postgres://user:password@host:5432/database',
    ),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    DOCPLANNER_CLIENT_ID: optionalText,
    DOCPLANNER_CLIENT_SECRET: optionalText,
    DOCPLANNER_LOCALE: z
      .enum(Object.keys(docplannerLocales) as [DocplannerLocale, ...DocplannerLocale[]], {
        error: `DOCPLANNER_LOCALE must be one of ${Object.keys(docplannerLocales).join(', ')}`,
      })
      .default('pl'),
    DOCPLANNER_BASE_URL: z
      .url({ protocol: /^https?$/, error: 'DOCPLANNER_BASE_URL must be an http(s) URL' })
      .optional(),
    DOCPLANNER_FACILITY_ID: optionalText,
    FACILITY_TIMEZONE: z
      .string()
      .refine(isTimeZone, 'FACILITY_TIMEZONE must be an IANA time zone, e.g. Europe/Warsaw')
      .optional(),
    NOTIFICATIONS_MODE: z
      .enum(['pull', 'push'], { error: 'NOTIFICATIONS_MODE must be pull or push' })
      .default('pull'),
    WEBHOOK_SECRET: z
      .string()
      .trim()
      .min(16, 'WEBHOOK_SECRET must be at least 16 characters')
      .regex(/^[A-Za-z0-9_-]+$/, 'WEBHOOK_SECRET may use only letters, digits, - and _')
      .optional(),
    PULL_INTERVAL_MS: z.coerce
      .number({ error: 'PULL_INTERVAL_MS must be a number' })
      .int('PULL_INTERVAL_MS must be a whole number')
      .min(200, 'PULL_INTERVAL_MS must be at least 200')
      .default(defaults.pullIntervalMs),
    LEADER_RETRY_MS: z.coerce
      .number({ error: 'LEADER_RETRY_MS must be a number' })
      .int('LEADER_RETRY_MS must be a whole number')
      .min(100, 'LEADER_RETRY_MS must be at least 100')
      .max(60_000, 'LEADER_RETRY_MS must be at most 60000')
      .default(defaults.leaderRetryMs),
    AGENDA_SYNC_MAX_AGE_S: z.coerce
      .number({ error: 'AGENDA_SYNC_MAX_AGE_S must be a number' })
      .int('AGENDA_SYNC_MAX_AGE_S must be a whole number')
      .min(0, 'AGENDA_SYNC_MAX_AGE_S must not be negative')
      .default(defaults.agendaSyncMaxAgeSeconds),
    REMINDER_LEAD_MINUTES: z
      .string()
      .regex(/^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/, {
        error: 'REMINDER_LEAD_MINUTES must be minutes separated by commas, e.g. 10,2',
      })
      .transform((value) => value.split(',').map((part) => Number(part.trim())))
      .refine((minutes) => minutes.every((m) => m >= 1 && m <= 240), {
        error: 'REMINDER_LEAD_MINUTES must each be between 1 and 240',
      })
      .default([...defaults.reminderLeadMinutes]),
    SNOOZE_MINUTES: minutesSetting('SNOOZE_MINUTES', 1, 120),
    JOIN_OPENS_BEFORE_MINUTES: minutesSetting('JOIN_OPENS_BEFORE_MINUTES', 0, 240),
    JOIN_EMPHASIS_BEFORE_MINUTES: minutesSetting('JOIN_EMPHASIS_BEFORE_MINUTES', 0, 240),
    JOIN_CLOSES_AFTER_MINUTES: minutesSetting('JOIN_CLOSES_AFTER_MINUTES', 0, 240),
    PAYMENT_WINDOW_MINUTES: minutesSetting('PAYMENT_WINDOW_MINUTES', 1, 24 * 60),
    PAYMENT_GRACE_MINUTES: minutesSetting('PAYMENT_GRACE_MINUTES', 0, 120),
    WEBHOOK_ALLOWED_IPS: optionalText,
    TRUST_PROXY: z
      .enum(['true', 'false'], { error: 'TRUST_PROXY must be true or false' })
      .default('false'),
    SESSION_IDLE_MINUTES: minutesSetting('SESSION_IDLE_MINUTES', 1, 24 * 60),
    SECURE_COOKIES: z
      .enum(['auto', 'true', 'false'], { error: 'SECURE_COOKIES must be auto, true or false' })
      .default('auto'),
    METRICS_TOKEN: z
      .string()
      .trim()
      .min(16, 'METRICS_TOKEN must be at least 16 characters')
      .optional(),
    DEAD_LETTER_RETENTION_DAYS: z.coerce
      .number({ error: 'DEAD_LETTER_RETENTION_DAYS must be a number of days' })
      .int('DEAD_LETTER_RETENTION_DAYS must be a whole number of days')
      .min(1, 'DEAD_LETTER_RETENTION_DAYS must be between 1 and 3650')
      .max(3650, 'DEAD_LETTER_RETENTION_DAYS must be between 1 and 3650')
      .default(defaults.deadLetterRetentionDays),
    SANDBOX_URL: z
      .url({ protocol: /^https?$/, error: 'SANDBOX_URL must be an http(s) URL' })
      .optional(),
    SANDBOX_MARKETPLACE: z
      .enum(['on', 'off'], { error: 'SANDBOX_MARKETPLACE must be on or off' })
      .default('on'),
    SANDBOX_SEED: z.coerce
      .number({ error: 'SANDBOX_SEED must be a number' })
      .int('SANDBOX_SEED must be a whole number')
      .default(1),
  })
  .superRefine((env, context) => {
    const usesDocplanner = env.DOCPLANNER_CLIENT_ID !== undefined;
    if (usesDocplanner && env.NOTIFICATIONS_MODE === 'push' && !env.WEBHOOK_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRET'],
        message:
          'WEBHOOK_SECRET is required with NOTIFICATIONS_MODE=push: it is the secret part of the webhook URL you register with Docplanner',
      });
    }
    const hasId = env.DOCPLANNER_CLIENT_ID !== undefined;
    const hasSecret = env.DOCPLANNER_CLIENT_SECRET !== undefined;
    if (hasId !== hasSecret) {
      context.addIssue({
        code: 'custom',
        path: [hasId ? 'DOCPLANNER_CLIENT_SECRET' : 'DOCPLANNER_CLIENT_ID'],
        message:
          'DOCPLANNER_CLIENT_ID and DOCPLANNER_CLIENT_SECRET go together: set both to use Docplanner, or neither to use the sandbox',
      });
    }
  });

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
