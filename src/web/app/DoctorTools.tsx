// What only a doctor gets: reminder toasts and today's video visits next to the agenda.

import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { ReminderToasts } from '../features/reminders/ReminderToasts.tsx';
import { UpcomingVideoVisits } from '../features/reminders/UpcomingVideoVisits.tsx';

export function DoctorToasts() {
  const timeZone = useAgenda((state) => state.agenda?.facility.timeZone);
  return timeZone ? <ReminderToasts timeZone={timeZone} /> : null;
}

export function DoctorPanel() {
  const timeZone = useAgenda((state) => state.agenda?.facility.timeZone);
  const visits = useAgenda((state) => state.agenda?.visits);
  return timeZone && visits ? <UpcomingVideoVisits visits={visits} timeZone={timeZone} /> : null;
}
