// A doctor as the booking form names them: in the dialog's subtitle, the doctor picker and the
// line that says the doctor has no free time in the range.
import type { AgendaDoctor } from '../../../shared/api/agenda.ts';
import { t } from '../../lib/i18n/messages.ts';

export function doctorLabel(doctor: AgendaDoctor): string {
  return t('phone-booking.doctor', { name: doctor.name, surname: doctor.surname }).trim();
}
