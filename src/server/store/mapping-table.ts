// The clinic's own names for Docplanner's calendars (addresses) and services, and which services
// count as online at a regular address (the seed's fallback rule).
import type { SqlClient } from './sql/sql-client.ts';

export interface ServiceMapping {
  ourName: string | null;
  /** null: decided by the default rule (online address or "online consultation"). */
  online: boolean | null;
}

export function createMappingTable(sql: SqlClient) {
  return {
    async calendarNames(): Promise<Map<string, string>> {
      const rows = await sql.all<{ address_id: string; name: string }>(
        'SELECT address_id, name FROM calendar_names',
      );
      return new Map(rows.map((row) => [row.address_id, row.name]));
    },
    async setCalendarName(addressId: string, name: string | null): Promise<void> {
      if (name === null) {
        await sql.run('DELETE FROM calendar_names WHERE address_id = ?', [addressId]);
        return;
      }
      await sql.run(
        'INSERT INTO calendar_names (address_id, name) VALUES (?, ?) ON CONFLICT (address_id) DO UPDATE SET name = excluded.name',
        [addressId, name],
      );
    },
    async serviceMappings(): Promise<Map<string, ServiceMapping>> {
      const rows = await sql.all<{
        address_service_id: string;
        our_name: string | null;
        online: number | null;
      }>('SELECT address_service_id, our_name, online FROM service_mappings');
      return new Map(
        rows.map((row) => [
          row.address_service_id,
          { ourName: row.our_name, online: row.online === null ? null : row.online === 1 },
        ]),
      );
    },
    async setServiceMapping(addressServiceId: string, mapping: ServiceMapping): Promise<void> {
      await sql.run(
        `INSERT INTO service_mappings (address_service_id, our_name, online) VALUES (?, ?, ?)
         ON CONFLICT (address_service_id) DO UPDATE SET our_name = excluded.our_name, online = excluded.online`,
        [
          addressServiceId,
          mapping.ourName,
          mapping.online === null ? null : mapping.online ? 1 : 0,
        ],
      );
    },
  };
}
export type MappingTable = ReturnType<typeof createMappingTable>;
