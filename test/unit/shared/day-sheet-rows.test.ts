// The day sheet's rows in plain words: the same for the printed sheet and the CSV.
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../../src/shared/api/visit.ts';
import { clinicDayRange } from '../../../src/shared/domain/clinic-day.ts';
import { type DaySheetContext, daySheetRows } from '../../../src/shared/domain/day-sheet-rows.ts';
import { buildVisit, demoDoctor, onlineAddress, regularAddress } from '../../fixtures/agenda.ts';

const tuesday = clinicDayRange('2026-11-24', 'Europe/Warsaw');
const context = (nowIso: string): DaySheetContext => ({
  timeZone: 'Europe/Warsaw',
  nowMs: Date.parse(nowIso),
  paymentWindow: { windowMinutes: 90, graceMinutes: 5 },
  addressesById: new Map([regularAddress, onlineAddress].map((address) => [address.id, address])),
});

function rowsOf(visits: Visit[], nowIso = '2026-11-24T08:00:00+01:00') {
  return daySheetRows(visits, { doctorId: demoDoctor.id, day: tuesday }, context(nowIso));
}

const prepaid = (bookedAt: string, status: string | null, more: Partial<Visit> = {}) =>
  buildVisit({
    addressId: onlineAddress.id,
    online: true,
    visitPayment: true,
    visitPaymentStatus: status,
    bookedAt,
    ...more,
  });

describe('day sheet rows', () => {
  it('says the payment as the desk does, at the time the sheet is made', () => {
    const words = (visit: Visit, nowIso: string) => rowsOf([visit], nowIso)[0]?.payment;
    const booked = '2026-11-24T07:30:00+01:00';
    expect(words(buildVisit(), '2026-11-24T08:00:00+01:00')).toBe('Not prepaid');
    expect(words(prepaid(booked, 'new'), '2026-11-24T08:00:00+01:00')).toBe(
      'Awaiting payment (pay by 09:00)',
    );
    expect(words(prepaid(booked, 'in_progress'), '2026-11-24T08:00:00+01:00')).toBe(
      'Payment in progress (pay by 09:00)',
    );
    expect(words(prepaid(booked, 'new'), '2026-11-24T09:02:00+01:00')).toBe(
      'Payment window over, checking with Docplanner',
    );
    expect(words(prepaid(booked, 'new'), '2026-11-24T09:10:00+01:00')).toBe(
      'Paid (window passed, not confirmed)',
    );
    expect(words(prepaid(booked, 'paid'), '2026-11-24T08:00:00+01:00')).toBe('Paid online');
    expect(words(prepaid(booked, 'failed'), '2026-11-24T08:00:00+01:00')).toBe('Payment failed');
    expect(words(prepaid(booked, 'refunded'), '2026-11-24T08:00:00+01:00')).toBe('Refunded');
    expect(words(prepaid(booked, 'new', { status: 'canceled' }), '2026-11-24T08:00:00+01:00')).toBe(
      'Cancelled — not paid',
    );
    expect(words(prepaid(booked, 'wobbly'), '2026-11-24T08:00:00+01:00')).toBe(
      'Payment status unknown (wobbly)',
    );
  });

  it('names presence, confirmation and the kind of visit; a cancelled visit needs no confirming', () => {
    const [arrived, noShow, cancelled] = rowsOf([
      buildVisit({ presence: 'present', confirmed: true }),
      buildVisit({
        start: '2026-11-24T10:00:00+01:00',
        end: '2026-11-24T10:30:00+01:00',
        presence: 'absent',
        online: true,
      }),
      buildVisit({
        start: '2026-11-24T11:00:00+01:00',
        end: '2026-11-24T11:30:00+01:00',
        status: 'canceled',
      }),
    ]);
    expect(arrived).toMatchObject({
      presence: 'Arrived',
      confirmation: 'Confirmed',
      visitType: 'In person',
      cancelled: false,
      status: 'Booked',
    });
    expect(arrived?.address).toBe('Medical Clinic "Test", Kolejowa 5, Warszawa');
    expect(noShow).toMatchObject({
      presence: 'No-show',
      confirmation: 'Not confirmed',
      visitType: 'Online (video)',
    });
    expect(cancelled).toMatchObject({ cancelled: true, status: 'Cancelled', confirmation: '' });
  });

  it('holds only that doctor’s visits starting that day, in time order, without the old half of a move', () => {
    const rows = rowsOf([
      buildVisit({
        id: 'late',
        start: '2026-11-24T15:00:00+01:00',
        end: '2026-11-24T15:30:00+01:00',
      }),
      buildVisit({
        id: 'early',
        start: '2026-11-24T07:00:00+01:00',
        end: '2026-11-24T07:30:00+01:00',
      }),
      buildVisit({ id: 'moved-away', status: 'canceled', movedTo: 'late' }),
      buildVisit({ id: 'other-doctor', doctorId: 'doc-2' }),
      buildVisit({
        id: 'monday',
        start: '2026-11-23T23:40:00+01:00',
        end: '2026-11-24T00:10:00+01:00',
      }),
      buildVisit({
        id: 'wednesday',
        start: '2026-11-25T00:00:00+01:00',
        end: '2026-11-25T00:20:00+01:00',
      }),
    ]);
    expect(rows.map((row) => [row.visitId, row.startTime, row.endTime])).toEqual([
      ['early', '07:00', '07:30'],
      ['late', '15:00', '15:30'],
    ]);
  });
});
