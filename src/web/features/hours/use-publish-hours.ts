// Sending one change of hours to Docplanner for the picked range, one at a time, and keeping its
// answer until the next change (or another doctor) makes it stale.
import { useState } from 'react';
import type { HoursRequest } from '../../../shared/api/online-hours.ts';
import { publishHours } from './hours-api.ts';
import type { AskedOutcome } from './hours-outcome-text.ts';

export interface PublishHoursOptions {
  doctorId: string;
  start: string;
  end: string;
  /** Something may have changed on Docplanner. */
  onPublished: () => void;
}

export function usePublishHours({ doctorId, start, end, onPublished }: PublishHoursOptions) {
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<AskedOutcome | null>(null);

  async function send(action: HoursRequest['action'], hours: HoursRequest['hours']) {
    if (!doctorId || sending) return;
    setSending(true);
    setOutcome(null);
    const result = await publishHours({ doctorId, start, end, action, hours });
    setSending(false);
    setOutcome({ ...result, asked: `${action}-${hours.kind}` });
    if (result.kind !== 'refused') onPublished();
  }

  return {
    sending,
    outcome,
    send,
    forgetOutcome() {
      setOutcome(null);
    },
  };
}
