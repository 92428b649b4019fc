// The one rule that decides whether a visit is online (purple). The seed gives three signals:
// a dedicated online-only address (the recommended set-up), a video link on the booking, or,
// for clinics that cannot keep a separate online calendar, Docplanner's "online consultation"
// service booked at a regular address.

export interface OnlineVisitFacts {
  /** `is_online_only` of the booking's address (false when unknown). */
  addressIsOnlineOnly: boolean;
  videocallUrl: string | null | undefined;
  /** The booked address service maps to the "online consultation" dictionary service. */
  serviceIsOnlineConsultation: boolean;
}

export function isOnlineVisit(facts: OnlineVisitFacts): boolean {
  if (facts.addressIsOnlineOnly) return true;
  if (facts.videocallUrl != null && facts.videocallUrl.trim() !== '') return true;
  return facts.serviceIsOnlineConsultation;
}

/** Names under which Docplanner's dictionary lists the unified online service, per locale. */
const onlineConsultationNames = [
  /online consultation/i,
  /konsultacja online/i,
  /consulta online/i,
  /videoconsulta/i,
  /consulenza online/i,
  /online[- ]?sprechstunde/i,
  /videosprechstunde/i,
  /online konzultace/i,
  /online konsültasyon/i,
];

/** Whether a services-dictionary entry is Docplanner's "online consultation" service. */
export function isOnlineConsultationService(name: string): boolean {
  return onlineConsultationNames.some((pattern) => pattern.test(name));
}
