import { pino } from 'pino';

/** Structured JSON logs on stdout. Log ids, never patient data. */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'online-agenda' } });
}
export type Logger = ReturnType<typeof createLogger>;
