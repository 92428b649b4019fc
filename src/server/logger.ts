import { pino } from 'pino';

/**
 * Patient data never goes to the logs: we log ids, and these paths are censored in case a
 * payload is ever logged by mistake.
 */
export const redactedPaths = [
  'patient',
  '*.patient',
  '*.*.patient',
  'name',
  'surname',
  'phone',
  'email',
  'nin',
  'birth_date',
  'birthDate',
  '*.name',
  '*.surname',
  '*.phone',
  '*.email',
  '*.nin',
  '*.birth_date',
  '*.birthDate',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  'cookie',
  '*.cookie',
];

/** Structured JSON logs on stdout. Log ids, never patient data. */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      base: { service: 'online-agenda' },
      redact: { paths: redactedPaths, censor: '[redacted]' },
    },
    destination,
  );
}
export type Logger = ReturnType<typeof createLogger>;
