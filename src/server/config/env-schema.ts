// The environment's variables as a zod schema: each one's type, bounds, default and the sentence
// said when it is wrong (config.ts turns the parsed values into the server's configuration).
import { z } from 'zod';
import { settingDefaults as defaults } from '../settings-defaults.ts';
import { type DocplannerLocale, docplannerLocales } from './docplanner-locales.ts';

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

export const envSchema = z
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
