// The bookings projection: one row per Docplanner booking id.

import { patientTermsOf, type QueryTerm } from '../../shared/domain/patient-terms.ts';
import type { BookingRecord } from '../projection/booking-record.ts';
import type { SqlClient } from './sql/sql-client.ts';

interface BookingRow {
  id: string;
  facility_id: string;
  doctor_id: string;
  address_id: string;
  start_at: string;
  end_at: string;
  status: string;
  moved_to: string | null;
  videocall_url: string | null;
  visit_payment_status: string | null;
  payment_status_at_ms: number | null;
  presence: string | null;
  presence_at_ms: number | null;
  confirmed: number;
  details: string;
  updated_at_ms: number;
  updated_key: string;
}

/** No visit is longer than a day: bookings starting earlier cannot overlap a range. */
const longestVisitMs = 24 * 60 * 60_000;

function fromRow(row: BookingRow): BookingRecord {
  return {
    id: row.id,
    facilityId: row.facility_id,
    doctorId: row.doctor_id,
    addressId: row.address_id,
    startAt: row.start_at,
    endAt: row.end_at,
    status: row.status,
    movedTo: row.moved_to,
    videocallUrl: row.videocall_url,
    visitPaymentStatus: row.visit_payment_status,
    paymentStatusAtMs: row.payment_status_at_ms,
    presence: row.presence === 'present' || row.presence === 'absent' ? row.presence : null,
    presenceAtMs: row.presence_at_ms,
    confirmed: row.confirmed === 1,
    details: JSON.parse(row.details),
    updatedAtMs: row.updated_at_ms,
    updatedKey: row.updated_key,
  };
}

const upsert = `
  INSERT INTO bookings (id, facility_id, doctor_id, address_id, start_at, end_at, start_ms, end_ms,
    status, moved_to, videocall_url, visit_payment_status, payment_status_at_ms, presence,
    presence_at_ms, confirmed, details, updated_at_ms, updated_key)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET facility_id = excluded.facility_id,
    doctor_id = excluded.doctor_id, address_id = excluded.address_id,
    start_at = excluded.start_at, end_at = excluded.end_at, start_ms = excluded.start_ms,
    end_ms = excluded.end_ms, status = excluded.status, moved_to = excluded.moved_to,
    videocall_url = excluded.videocall_url, visit_payment_status = excluded.visit_payment_status,
    payment_status_at_ms = excluded.payment_status_at_ms, presence = excluded.presence,
    presence_at_ms = excluded.presence_at_ms, confirmed = excluded.confirmed,
    details = excluded.details, updated_at_ms = excluded.updated_at_ms,
    updated_key = excluded.updated_key`;

/** A search statement per shape (how many terms, how many prefixes each). */
function byTermsText(terms: readonly QueryTerm[]): string {
  // Each term is a range scan of the term index (term, booking_id): the bookings holding a
  // word that starts with one of its prefixes. Every term must hold; the newest visits first.
  const termMatches = terms.map(
    (term) =>
      `b.id IN (SELECT booking_id FROM patient_terms WHERE ${term
        .map(() => '(term >= ? AND term < ?)')
        .join(' OR ')})`,
  );
  return `SELECT b.* FROM bookings b
     WHERE ${termMatches.join(' AND ')} AND b.facility_id = ?
       AND (CAST(? AS TEXT) IS NULL OR b.doctor_id = ?)
     ORDER BY b.start_ms DESC, b.id LIMIT ?`;
}

export function createBookingsTable(sql: SqlClient) {
  const prepaid =
    sql.dialect === 'postgres'
      ? `(details::jsonb -> 'visitPayment') = 'true'::jsonb AND (details::jsonb ->> 'bookedAt') IS NOT NULL`
      : `json_extract(details, '$.visitPayment') = 1 AND json_extract(details, '$.bookedAt') IS NOT NULL`;
  const textsOfShape = new Map<string, string>();
  function byTerms(terms: readonly QueryTerm[]): string {
    const shape = terms.map((term) => term.length).join(',');
    let text = textsOfShape.get(shape);
    if (!text) {
      text = byTermsText(terms);
      textsOfShape.set(shape, text);
    }
    return text;
  }
  const records = async (text: string, params: (string | number | null)[]) =>
    (await sql.all<BookingRow>(text, params)).map(fromRow);

  return {
    async get(id: string): Promise<BookingRecord | undefined> {
      const row = await sql.get<BookingRow>('SELECT * FROM bookings WHERE id = ?', [id]);
      return row ? fromRow(row) : undefined;
    },
    /** Bookings of a facility that overlap [fromMs, toMs). */
    inRange(facilityId: string, fromMs: number, toMs: number): Promise<BookingRecord[]> {
      // The lower bound on start_ms lets the index skip all earlier history (no visit lasts a day).
      return records(
        `SELECT * FROM bookings WHERE facility_id = ? AND start_ms > ? AND start_ms < ? AND end_ms > ?
           ORDER BY start_ms, id`,
        [facilityId, fromMs - longestVisitMs, toMs, fromMs],
      );
    },
    put(record: BookingRecord): Promise<void> {
      return sql.transaction(async () => {
        await sql.run(upsert, [
          record.id,
          record.facilityId,
          record.doctorId,
          record.addressId,
          record.startAt,
          record.endAt,
          Date.parse(record.startAt),
          Date.parse(record.endAt),
          record.status,
          record.movedTo,
          record.videocallUrl,
          record.visitPaymentStatus,
          record.paymentStatusAtMs,
          record.presence,
          record.presenceAtMs,
          record.confirmed ? 1 : 0,
          JSON.stringify(record.details),
          record.updatedAtMs,
          record.updatedKey,
        ]);
        await sql.run('DELETE FROM patient_terms WHERE booking_id = ?', [record.id]);
        // All of its terms in one statement (on PostgreSQL each statement is a round trip).
        const terms = patientTermsOf(record.details.patient);
        if (terms.length > 0) {
          await sql.run(
            `INSERT INTO patient_terms (booking_id, term) VALUES ${terms.map(() => '(?, ?)').join(', ')}
             ON CONFLICT DO NOTHING`,
            terms.flatMap((term) => [record.id, term]),
          );
        }
      });
    },
    /**
     * Bookings of a facility (of one doctor, if given) whose patient has, for every one of
     * `terms`, a word starting with one of its prefixes; newest first, at most `limit`.
     */
    async withPatientTerms(
      facilityId: string,
      terms: readonly QueryTerm[],
      doctorId: string | null,
      limit: number,
    ): Promise<BookingRecord[]> {
      if (terms.length === 0 || terms.some((term) => term.length === 0)) return [];
      const ranges = terms.flatMap((term) => term.flatMap((prefix) => [prefix, `${prefix}\uffff`]));
      return records(byTerms(terms), [...ranges, facilityId, doctorId, doctorId, limit]);
    },
    /** Booked video visits of a facility starting in [fromMs, toMs). */
    videoVisitsStarting(
      facilityId: string,
      fromMs: number,
      toMs: number,
    ): Promise<BookingRecord[]> {
      return records(
        `SELECT * FROM bookings WHERE facility_id = ? AND start_ms >= ? AND start_ms < ?
           AND status != 'canceled' AND videocall_url IS NOT NULL ORDER BY start_ms, id`,
        [facilityId, fromMs, toMs],
      );
    },
    /** Prepaid bookings not cancelled, last touched at or after `sinceMs`. */
    prepaidBookedSince(sinceMs: number): Promise<BookingRecord[]> {
      return records(
        `SELECT * FROM bookings WHERE status != 'canceled' AND ${prepaid}
           AND updated_at_ms >= ? ORDER BY start_ms`,
        [sinceMs],
      );
    },
    /** How many video visits each address had since `sinceMs`. */
    async videoVisitsPerAddress(sinceMs: number): Promise<Map<string, number>> {
      const rows = await sql.all<{ address_id: string; n: number }>(
        `SELECT address_id, count(*) AS n FROM bookings
           WHERE videocall_url IS NOT NULL AND start_ms >= ? GROUP BY address_id`,
        [sinceMs],
      );
      return new Map(rows.map((row) => [row.address_id, row.n]));
    },
    async count(): Promise<number> {
      return (await sql.get<{ n: number }>('SELECT count(*) AS n FROM bookings'))?.n ?? 0;
    },
  };
}
export type BookingsTable = ReturnType<typeof createBookingsTable>;
