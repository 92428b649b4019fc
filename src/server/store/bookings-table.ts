// The bookings projection: one row per Docplanner booking id.

import { patientTermsOf, type QueryTerm } from '../../shared/domain/patient-terms.ts';
import type { BookingRecord } from '../projection/booking-record.ts';
import type { Database } from './database.ts';

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

export function createBookingsTable(db: Database) {
  const selectOne = db.prepare('SELECT * FROM bookings WHERE id = ?');
  // The lower bound on start_ms lets the index skip all earlier history (no visit lasts a day).
  const selectRange = db.prepare(
    `SELECT * FROM bookings WHERE facility_id = ? AND start_ms > ? AND start_ms < ? AND end_ms > ?
       ORDER BY start_ms, id`,
  );
  const upsert = db.prepare(`
    INSERT INTO bookings (id, facility_id, doctor_id, address_id, start_at, end_at, start_ms, end_ms,
      status, moved_to, videocall_url, visit_payment_status, payment_status_at_ms, presence,
      presence_at_ms, confirmed, details, updated_at_ms, updated_key)
    VALUES (:id, :facility_id, :doctor_id, :address_id, :start_at, :end_at, :start_ms, :end_ms,
      :status, :moved_to, :videocall_url, :visit_payment_status, :payment_status_at_ms, :presence,
      :presence_at_ms, :confirmed, :details, :updated_at_ms, :updated_key)
    ON CONFLICT (id) DO UPDATE SET facility_id = excluded.facility_id,
      doctor_id = excluded.doctor_id, address_id = excluded.address_id,
      start_at = excluded.start_at, end_at = excluded.end_at, start_ms = excluded.start_ms,
      end_ms = excluded.end_ms, status = excluded.status, moved_to = excluded.moved_to,
      videocall_url = excluded.videocall_url, visit_payment_status = excluded.visit_payment_status,
      payment_status_at_ms = excluded.payment_status_at_ms, presence = excluded.presence,
      presence_at_ms = excluded.presence_at_ms, confirmed = excluded.confirmed,
      details = excluded.details, updated_at_ms = excluded.updated_at_ms,
      updated_key = excluded.updated_key`);
  const count = db.prepare('SELECT count(*) AS n FROM bookings');
  const removeTerms = db.prepare('DELETE FROM patient_terms WHERE booking_id = ?');
  const insertTerm = db.prepare(
    'INSERT OR IGNORE INTO patient_terms (booking_id, term) VALUES (?, ?)',
  );
  // One statement per shape of search (how many terms, how many prefixes each), made on first use.
  const byTermsOfShape = new Map<string, ReturnType<Database['prepare']>>();
  function byTerms(terms: readonly QueryTerm[]) {
    const shape = terms.map((term) => term.length).join(',');
    let statement = byTermsOfShape.get(shape);
    if (!statement) {
      // Each term is a range scan of the term index (term, booking_id): the bookings holding a
      // word that starts with one of its prefixes. Every term must hold; the newest visits first.
      const termMatches = terms.map(
        (term) =>
          `b.id IN (SELECT booking_id FROM patient_terms WHERE ${term
            .map(() => '(term >= ? AND term < ?)')
            .join(' OR ')})`,
      );
      statement = db.prepare(
        `SELECT b.* FROM bookings b
           WHERE ${termMatches.join(' AND ')} AND b.facility_id = ?
             AND (? IS NULL OR b.doctor_id = ?)
           ORDER BY b.start_ms DESC, b.id LIMIT ?`,
      );
      byTermsOfShape.set(shape, statement);
    }
    return statement;
  }
  const videoVisitsPerAddress = db.prepare(
    `SELECT address_id, count(*) AS n FROM bookings
       WHERE videocall_url IS NOT NULL AND start_ms >= ? GROUP BY address_id`,
  );
  const prepaidBooked = db.prepare(
    `SELECT * FROM bookings WHERE status != 'canceled'
       AND json_extract(details, '$.visitPayment') = 1
       AND json_extract(details, '$.bookedAt') IS NOT NULL
       AND updated_at_ms >= ? ORDER BY start_ms`,
  );
  const startingBetween = db.prepare(
    `SELECT * FROM bookings WHERE facility_id = ? AND start_ms >= ? AND start_ms < ?
       AND status != 'canceled' AND videocall_url IS NOT NULL ORDER BY start_ms, id`,
  );

  return {
    get(id: string): BookingRecord | undefined {
      const row = selectOne.get(id) as BookingRow | undefined;
      return row ? fromRow(row) : undefined;
    },
    /** Bookings of a facility that overlap [fromMs, toMs). */
    inRange(facilityId: string, fromMs: number, toMs: number): BookingRecord[] {
      return (
        selectRange.all(
          facilityId,
          fromMs - longestVisitMs,
          toMs,
          fromMs,
        ) as unknown as BookingRow[]
      ).map(fromRow);
    },
    put(record: BookingRecord): void {
      upsert.run({
        id: record.id,
        facility_id: record.facilityId,
        doctor_id: record.doctorId,
        address_id: record.addressId,
        start_at: record.startAt,
        end_at: record.endAt,
        start_ms: Date.parse(record.startAt),
        end_ms: Date.parse(record.endAt),
        status: record.status,
        moved_to: record.movedTo,
        videocall_url: record.videocallUrl,
        visit_payment_status: record.visitPaymentStatus,
        payment_status_at_ms: record.paymentStatusAtMs,
        presence: record.presence,
        presence_at_ms: record.presenceAtMs,
        confirmed: record.confirmed ? 1 : 0,
        details: JSON.stringify(record.details),
        updated_at_ms: record.updatedAtMs,
        updated_key: record.updatedKey,
      });
      removeTerms.run(record.id);
      for (const term of patientTermsOf(record.details.patient)) insertTerm.run(record.id, term);
    },
    /**
     * Bookings of a facility (of one doctor, if given) whose patient has, for every one of
     * `terms`, a word starting with one of its prefixes; newest first, at most `limit`.
     */
    withPatientTerms(
      facilityId: string,
      terms: readonly QueryTerm[],
      doctorId: string | null,
      limit: number,
    ): BookingRecord[] {
      if (terms.length === 0 || terms.some((term) => term.length === 0)) return [];
      const ranges = terms.flatMap((term) => term.flatMap((prefix) => [prefix, `${prefix}\uffff`]));
      return (
        byTerms(terms).all(
          ...ranges,
          facilityId,
          doctorId,
          doctorId,
          limit,
        ) as unknown as BookingRow[]
      ).map(fromRow);
    },
    /** Booked video visits of a facility starting in [fromMs, toMs). */
    videoVisitsStarting(facilityId: string, fromMs: number, toMs: number): BookingRecord[] {
      return (startingBetween.all(facilityId, fromMs, toMs) as unknown as BookingRow[]).map(
        fromRow,
      );
    },
    /** Prepaid bookings not cancelled, last touched at or after `sinceMs`. */
    prepaidBookedSince(sinceMs: number): BookingRecord[] {
      return (prepaidBooked.all(sinceMs) as unknown as BookingRow[]).map(fromRow);
    },
    /** How many video visits each address had since `sinceMs`. */
    videoVisitsPerAddress(sinceMs: number): Map<string, number> {
      return new Map(
        (videoVisitsPerAddress.all(sinceMs) as { address_id: string; n: number }[]).map((row) => [
          row.address_id,
          row.n,
        ]),
      );
    },
    count(): number {
      return (count.get() as { n: number }).n;
    },
  };
}
export type BookingsTable = ReturnType<typeof createBookingsTable>;
