// Under the counts: the doctor and day filters, how many rows are shown, and the way to clear
// the filters.
import type { AgendaDoctor } from '../../../shared/api/agenda.ts';
import { t } from '../../lib/i18n/messages.ts';
import { dayFormat } from './payment-days.ts';
import type { PaymentFilters } from './payment-rows.ts';
import '../../ui/field.css';
import './payments-fields.css';

export interface PaymentsFiltersProps {
  filters: PaymentFilters;
  doctors: readonly AgendaDoctor[];
  /** The range's days (`YYYY-MM-DD`). */
  days: readonly string[];
  shown: number;
  total: number;
  onDoctor: (doctorId: string | null) => void;
  onDay: (day: string | null) => void;
  onClear: () => void;
}

export function PaymentsFilters({
  filters,
  doctors,
  days,
  shown,
  total,
  onDoctor,
  onDay,
  onClear,
}: PaymentsFiltersProps) {
  const filtered = filters.kinds.length > 0 || filters.doctorId !== null || filters.day !== null;
  return (
    <div className="payments-board__filters">
      <label className="payments-board__field field-stacked field-label field-label--small">
        <span>{t('payments.filter.doctor')}</span>
        <select
          className="field-control field-control--small-text"
          value={filters.doctorId ?? ''}
          onChange={(event) => onDoctor(event.target.value || null)}
        >
          <option value="">{t('payments.filter.allDoctors')}</option>
          {doctors.map((doctor) => (
            <option key={doctor.id} value={doctor.id}>
              {doctor.name} {doctor.surname}
            </option>
          ))}
        </select>
      </label>
      <label className="payments-board__field field-stacked field-label field-label--small">
        <span>{t('payments.filter.day')}</span>
        <select
          className="field-control field-control--small-text"
          value={filters.day ?? ''}
          onChange={(event) => onDay(event.target.value || null)}
        >
          <option value="">{t('payments.filter.allDays')}</option>
          {days.map((day) => (
            <option key={day} value={day}>
              {dayFormat('UTC').format(Date.parse(`${day}T12:00:00Z`))}
            </option>
          ))}
        </select>
      </label>
      <p className="payments-board__summary" aria-live="polite">
        {shown === total
          ? t('payments.summary.all', { count: total })
          : t('payments.summary.some', { shown, count: total })}
      </p>
      {filtered ? (
        <button type="button" className="payments-board__link-button" onClick={onClear}>
          {t('payments.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}
