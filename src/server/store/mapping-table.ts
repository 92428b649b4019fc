// The clinic's own names for Docplanner's calendars (addresses) and services, and which services
// count as online at a regular address (the seed's fallback rule).
import type { Database } from './database.ts';

export interface ServiceMapping {
  ourName: string | null;
  /** null: decided by the default rule (online address or "online consultation"). */
  online: boolean | null;
}

export function createMappingTable(db: Database) {
  const calendarNames = db.prepare('SELECT address_id, name FROM calendar_names');
  const setCalendar = db.prepare(
    'INSERT INTO calendar_names (address_id, name) VALUES (?, ?) ON CONFLICT (address_id) DO UPDATE SET name = excluded.name',
  );
  const removeCalendar = db.prepare('DELETE FROM calendar_names WHERE address_id = ?');
  const services = db.prepare('SELECT address_service_id, our_name, online FROM service_mappings');
  const setService = db.prepare(
    `INSERT INTO service_mappings (address_service_id, our_name, online) VALUES (?, ?, ?)
     ON CONFLICT (address_service_id) DO UPDATE SET our_name = excluded.our_name, online = excluded.online`,
  );

  return {
    calendarNames(): Map<string, string> {
      return new Map(
        (calendarNames.all() as { address_id: string; name: string }[]).map((row) => [
          row.address_id,
          row.name,
        ]),
      );
    },
    setCalendarName(addressId: string, name: string | null): void {
      if (name === null) removeCalendar.run(addressId);
      else setCalendar.run(addressId, name);
    },
    serviceMappings(): Map<string, ServiceMapping> {
      return new Map(
        (
          services.all() as {
            address_service_id: string;
            our_name: string | null;
            online: number | null;
          }[]
        ).map((row) => [
          row.address_service_id,
          { ourName: row.our_name, online: row.online === null ? null : row.online === 1 },
        ]),
      );
    },
    setServiceMapping(addressServiceId: string, mapping: ServiceMapping): void {
      setService.run(
        addressServiceId,
        mapping.ourName,
        mapping.online === null ? null : mapping.online ? 1 : 0,
      );
    },
  };
}
export type MappingTable = ReturnType<typeof createMappingTable>;
