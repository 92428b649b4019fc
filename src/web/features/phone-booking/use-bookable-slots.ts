// The doctor's free starts in the picked range (only those with a service to book), read again on
// request, and the start and service chosen among them: a start still free stays chosen.
import { useEffect, useState } from 'react';
import type { BookableSlot } from '../../../shared/api/phone-booking.ts';
import { reasonOf } from '../../lib/failure-text.ts';
import { fetchBookableSlots } from './phone-booking-api.ts';

export type LoadedSlots =
  | { state: 'loading' }
  | { state: 'ready'; slots: BookableSlot[] }
  | { state: 'failed'; message: string };

/** One free start at one address: how the form tells the starts apart. */
export function slotKey(slot: BookableSlot): string {
  return `${slot.addressId}|${slot.start}`;
}

export function useBookableSlots(doctorId: string, start: string, end: string) {
  const [loaded, setLoaded] = useState<LoadedSlots>({ state: 'loading' });
  const [chosenSlot, setChosenSlot] = useState<string | null>(null);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [reads, setReads] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reads` asks for a new read
  useEffect(() => {
    if (!doctorId) return;
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    fetchBookableSlots({ doctorId, from: start, to: end }, controller.signal).then(
      ({ slots }) => {
        const bookable = slots.filter((slot) => slot.services.length > 0);
        setLoaded({ state: 'ready', slots: bookable });
        setChosenSlot((chosen) =>
          bookable.some((slot) => slotKey(slot) === chosen)
            ? chosen
            : bookable[0]
              ? slotKey(bookable[0])
              : null,
        );
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ state: 'failed', message: reasonOf(error) });
      },
    );
    return () => controller.abort();
  }, [doctorId, start, end, reads]);

  const slots = loaded.state === 'ready' ? loaded.slots : [];
  const slot = slots.find((candidate) => slotKey(candidate) === chosenSlot);
  const service =
    slot?.services.find((candidate) => candidate.id === serviceId) ?? slot?.services[0];

  return {
    loaded,
    chosenSlot,
    /** The chosen start, while it is among the free ones. */
    slot,
    /** The chosen service of that start, or its first. */
    service,
    chooseSlot(key: string) {
      setChosenSlot(key);
      setServiceId(null);
    },
    chooseService: setServiceId,
    readAgain() {
      setReads((count) => count + 1);
    },
  };
}
