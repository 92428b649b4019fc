// The patient's part of the booking form: first name and surname side by side, phone, e-mail and
// a note (both optional), each field with what is wrong with it under it.
import { t } from '../../lib/i18n/messages.ts';
import { longestName, type PatientField, type PatientForm } from './use-patient-form.ts';

export function PatientFields({ ids, form }: { ids: string; form: PatientForm }) {
  const { fieldProps } = form;

  function fieldError(field: PatientField) {
    const problem = form.errors[field];
    return problem ? (
      <p id={`${ids}-${field}-error`} className="book-patient__error">
        {t(problem, { max: longestName })}
      </p>
    ) : null;
  }

  return (
    <>
      <div className="book-patient__names">
        <div className="book-patient__field">
          <label htmlFor={`${ids}-name`}>{t('phone-booking.field.name')}</label>
          <input {...fieldProps('name')} autoComplete="off" />
          {fieldError('name')}
        </div>
        <div className="book-patient__field">
          <label htmlFor={`${ids}-surname`}>{t('phone-booking.field.surname')}</label>
          <input {...fieldProps('surname')} autoComplete="off" />
          {fieldError('surname')}
        </div>
      </div>
      <div className="book-patient__field">
        <label htmlFor={`${ids}-phone`}>{t('phone-booking.field.phone')}</label>
        <input {...fieldProps('phone')} type="tel" autoComplete="off" />
        {fieldError('phone')}
      </div>
      <div className="book-patient__field">
        <label htmlFor={`${ids}-email`}>
          {t('phone-booking.field.email')}{' '}
          <span className="book-patient__optional">{t('phone-booking.field.optional')}</span>
        </label>
        <input {...fieldProps('email')} type="email" autoComplete="off" />
        {fieldError('email')}
      </div>
      <div className="book-patient__field">
        <label htmlFor={`${ids}-comment`}>
          {t('phone-booking.field.note')}{' '}
          <span className="book-patient__optional">{t('phone-booking.field.optional')}</span>
        </label>
        <textarea
          id={`${ids}-comment`}
          rows={2}
          maxLength={500}
          value={form.comment}
          onChange={(event) => form.setComment(event.target.value)}
        />
      </div>
    </>
  );
}
