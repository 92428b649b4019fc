// The notification builders in test/fixtures/docplanner pass the same wire checks as the
// sandbox's own events, so tests that use them feed real-looking callbacks.
import { describe, it } from 'vitest';
import {
  bookingCanceled,
  bookingMoved,
  paymentStatusChanged,
  presenceMarked,
  slotBooked,
} from '../../fixtures/docplanner/notifications.ts';
import { checkEvent } from './notification-wire.ts';

describe('notification fixtures', () => {
  it('are valid callbacks', () => {
    checkEvent(slotBooked({ videocall_url: 'https://video.example/room/1' }));
    checkEvent(bookingCanceled());
    checkEvent(bookingMoved());
    checkEvent(paymentStatusChanged({ status_from: 'not-paid', status_to: 'paid' }));
    checkEvent(presenceMarked('ABSENT'));
  });
});
