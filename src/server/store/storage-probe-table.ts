// One row the storage status rewrites to learn whether the database takes writes again: room for
// a large notification, then none (a full disk, a database server that went away).
import type { SqlClient } from './sql/sql-client.ts';

export function createStorageProbeTable(sql: SqlClient) {
  const room = sql.dialect === 'postgres' ? "decode(repeat('00', ?), 'hex')" : 'zeroblob(?)';
  const write = `INSERT INTO storage_probe (id, room) VALUES (1, ${room})
     ON CONFLICT (id) DO UPDATE SET room = excluded.room`;
  return {
    /** Writes `bytes` of room in a transaction of its own, then frees it. */
    async write(bytes: number): Promise<void> {
      await sql.transaction(() => sql.run(write, [bytes]));
      await sql.run(write, [0]);
    },
  };
}
