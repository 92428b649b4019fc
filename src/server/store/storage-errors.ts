// Which SQLite failures mean "the disk cannot take this write" (full, or the write itself failed),
// as opposed to a bug in a statement. node:sqlite puts SQLite's extended result code in `errcode`.

const sqliteFull = 13;
const sqliteIoError = 10;

/** The extended result code of a node:sqlite error, or null for any other error. */
export function sqliteCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { errcode?: unknown }).errcode;
  return typeof code === 'number' ? code : null;
}

/** SQLITE_FULL or an I/O error (the primary code, whatever the extended one). */
export function isStorageUnavailable(error: unknown): boolean {
  const code = sqliteCode(error);
  if (code === null) return false;
  const primary = code & 0xff;
  return primary === sqliteFull || primary === sqliteIoError;
}
