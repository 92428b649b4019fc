// The server's logger (src/server/logger.ts, with its redaction) writing into memory, for tests
// that read what it logged.
import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/logger.ts';

/** A logger at `level` and what it wrote: the raw text, and each line parsed. */
export function captureLogs(level: string) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const text = () => chunks.join('');
  const lines = () =>
    text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger: createLogger(level, stream), text, lines };
}
