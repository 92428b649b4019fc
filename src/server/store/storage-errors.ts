// Which database failures mean "the store cannot take this write now" (SQLite: the disk is full or
// the write itself failed; PostgreSQL: the server cannot be reached, is shutting down, or is out of
// room), as opposed to a bug in a statement. Such a failure loses nothing: what was being written
// is refused (a webhook gets 503 and is delivered again) and kept where it was.

const sqliteFull = 13;
const sqliteIoError = 10;

/** The extended result code of a node:sqlite error, or null for any other error. */
export function sqliteCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { errcode?: unknown }).errcode;
  return typeof code === 'number' ? code : null;
}

/** Socket errors of a connection to the database server. */
const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * A PostgreSQL server that cannot serve now: SQLSTATE class 08 (connection exception), 53
 * (insufficient resources: disk full, out of memory, too many connections), 57P01–57P03 (shut
 * down, crashed, starting up); a socket error; or the pg driver's own words for a lost or
 * unobtainable connection.
 */
function postgresUnavailable(error: object): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (connectionCodes.has(code)) return true;
    if (code.startsWith('08') || code.startsWith('53')) return true;
    if (code === '57P01' || code === '57P02' || code === '57P03') return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/.test(
    message,
  );
}

/** The store cannot take a write now (see above); any other error is a bug to report. */
export function isStorageUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (error instanceof AggregateError && error.errors.some(isStorageUnavailable)) return true;
  const code = sqliteCode(error);
  if (code === null) return postgresUnavailable(error);
  const primary = code & 0xff;
  return primary === sqliteFull || primary === sqliteIoError;
}
