// Tuesday 24 November 2026 as the day-sheet tests load it: Dr Mikulski's visits and a second
// doctor, Dr Adamska, with none.
import type { Agenda } from '../../../src/shared/api/agenda.ts';
import {
  buildAgenda,
  buildOnlineVisit,
  buildVisit,
  demoDoctor,
  onlineAddress,
  regularAddress,
} from '../../fixtures/agenda.ts';

export const secondDoctor = { id: 'doc-2', name: 'Zofia', surname: 'Adamska' };
export const secondAddress = {
  ...regularAddress,
  id: 'addr-2',
  doctorId: secondDoctor.id,
  street: null,
  city: null,
};

/** Tuesday 24 November 2026 of Dr Mikulski, out of order as the API may send it. */
export function tuesday(): Agenda {
  return buildAgenda({
    from: '2026-11-24T00:00:00+01:00',
    to: '2026-11-25T00:00:00+01:00',
    doctors: [demoDoctor, secondDoctor],
    addresses: [regularAddress, onlineAddress, secondAddress],
    visits: [
      buildVisit({
        id: 'late',
        start: '2026-11-24T15:00:00+01:00',
        end: '2026-11-24T15:30:00+01:00',
        patient: { name: 'Jan', surname: 'Nowak', phone: '+48600100200' },
        comment: 'Needs the lift\nBring results',
        presence: 'present',
        confirmed: true,
      }),
      buildOnlineVisit({
        id: 'video',
        start: '2026-11-24T08:00:00+01:00',
        end: '2026-11-24T08:20:00+01:00',
        patient: { name: 'Zofia', surname: 'Wiśniewska', phone: null },
        visitPaymentStatus: 'successful',
      }),
      buildVisit({
        id: 'cancelled',
        start: '2026-11-24T11:00:00+01:00',
        end: '2026-11-24T11:30:00+01:00',
        status: 'canceled',
        patient: { name: 'Adam', surname: 'Nowicki' },
      }),
      buildVisit({
        id: 'no-show',
        start: '2026-11-24T09:00:00+01:00',
        end: '2026-11-24T09:30:00+01:00',
        presence: 'absent',
        patient: { name: 'Ewa', surname: 'Lis' },
      }),
      buildVisit({
        id: 'wednesday',
        start: '2026-11-25T00:00:00+01:00',
        end: '2026-11-25T00:30:00+01:00',
        patient: { name: 'Not', surname: 'Today' },
      }),
    ],
  });
}
