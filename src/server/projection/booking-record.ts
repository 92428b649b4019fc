// What the BFF keeps of one booking: enough to draw it, join its call and follow its payment.
// Patient data is limited to what the agenda shows (no birth date, NIN or insurance).

export interface BookingPlace {
  facilityId: string;
  doctorId: string;
  addressId: string;
}

export interface BookingDetails {
  patient: { name: string; surname: string; phone: string | null; email: string | null };
  service: { id: string; name: string; dictionaryId: string | null } | null;
  comment: string | null;
  bookedAt: string | null;
  canceledAt: string | null;
  canceledBy: string | null;
  /** The booking goes through Docplanner's payment flow (prepaid). */
  visitPayment: boolean;
}

export interface BookingRecord extends BookingPlace {
  id: string;
  startAt: string;
  endAt: string;
  /** Docplanner's word: `booked`, `canceled`, … `canceled` is final. */
  status: string;
  /** The id of the booking this one was moved to (it is then canceled). */
  movedTo: string | null;
  videocallUrl: string | null;
  visitPaymentStatus: string | null;
  /** When the payment status was last known to be true (ms since epoch). */
  paymentStatusAtMs: number | null;
  presence: 'present' | 'absent' | null;
  /** When the presence above was observed (ms since epoch). */
  presenceAtMs: number | null;
  confirmed: boolean;
  details: BookingDetails;
  /** The time of the newest observation applied to the ordinary fields (ms since epoch). */
  updatedAtMs: number;
  /**
   * Which of two observations made at the same second wins is decided by this key, not by
   * arrival order, so that any order of delivery ends in the same state.
   */
  updatedKey: string;
}

/**
 * One thing we learned about a booking, at a time: from a notification (its `created_at`) or
 * from a read of Docplanner's API (the moment we read it).
 */
export interface BookingObservation extends BookingPlace {
  atMs: number;
  id: string;
  startAt: string;
  endAt: string;
  status: string;
  movedTo?: string | null;
  videocallUrl?: string | null;
  visitPaymentStatus?: string | null;
  /** When the payment status in this observation became true, if it says (`changed_at`). */
  paymentStatusAtMs?: number | null;
  presence?: 'present' | 'absent' | null;
  confirmed?: boolean;
  details: BookingDetails;
  /** A move's new booking: inherits the video link of the booking it was moved from. */
  movedFrom?: string;
  /**
   * The payload named no patient (`patient: null`): what is known of the patient is kept, and
   * the booking is read from Docplanner with its patient.
   */
  patientMissing?: true;
}
