// A notification body as its column holds it: TEXT in SQLite, BYTEA (its UTF-8) in PostgreSQL,
// whose TEXT cannot hold a NUL. A body is kept exactly as received, whatever it holds.
import type { Dialect, SqlValue } from './sql-client.ts';

export function bodyParam(dialect: Dialect, body: string): SqlValue {
  return dialect === 'postgres' ? Buffer.from(body, 'utf8') : body;
}

export function bodyOf(value: string | Uint8Array): string {
  return typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
}
