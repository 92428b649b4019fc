// Sending a booking: the visit is drawn at once and replaced by Docplanner's; when Docplanner
// refuses, it goes again, the next try gets a new Idempotency-Key, and the form says why.
import { useRef, useState } from 'react';
import type { AgendaAddress } from '../../../shared/api/agenda.ts';
import type { BookableService, BookRequest } from '../../../shared/api/phone-booking.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import { ApiRequestError } from '../../lib/api-client.ts';
import { reasonOf } from '../../lib/failure-text.ts';
import { t } from '../../lib/i18n/messages.ts';
import { newIdempotencyKey } from '../../lib/idempotency-key.ts';
import { sendBooking } from './phone-booking-api.ts';
import { provisionalVisit } from './provisional-visit.ts';

/** Why Docplanner did not book, in a sentence. */
function refusalReason(error: unknown): string {
  // A booking's conflict is always its time taken (the server says so in a fixed sentence).
  if (error instanceof ApiRequestError && error.code === 'conflict') {
    return t('phone-booking.refused.taken');
  }
  return reasonOf(error);
}

export interface SendBookingOptions {
  applyVisit: (visit: Visit) => void;
  forgetVisit: (visitId: string) => void;
  onBooked: (visit: Visit) => void;
  /** Docplanner did not book: the free times may have changed. */
  onRefused: () => void;
}

export function useSendBooking({
  applyVisit,
  forgetVisit,
  onBooked,
  onRefused,
}: SendBookingOptions) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // One key per booking attempt that reached the server; a refusal makes the next try new.
  const key = useRef(newIdempotencyKey());

  async function send(
    request: BookRequest,
    service: BookableService,
    address: AgendaAddress | undefined,
  ) {
    const provisional = provisionalVisit(request, key.current, service, address);
    setPending(true);
    setFailure(null);
    applyVisit(provisional);
    try {
      const { visit } = await sendBooking(request, key.current);
      forgetVisit(provisional.id);
      applyVisit(visit);
      onBooked(visit);
    } catch (error) {
      forgetVisit(provisional.id);
      key.current = newIdempotencyKey();
      setFailure(t('phone-booking.failed', { reason: refusalReason(error) }));
      setPending(false);
      onRefused();
    }
  }

  return { pending, failure, send };
}
