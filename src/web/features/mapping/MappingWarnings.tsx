// The seed's checks: what is wrong (or worth knowing) and what to do about it. Severity is said
// in words and by an icon, not by colour alone: "Needs attention" for warnings, "Good to know"
// for information. The words come from the check's code in the page's language (the server's
// English sentences are for its logs); the doctor and the address are named on a line of their own.
import type { Mapping, MappingWarning } from '../../../shared/api/mapping.ts';
import { type MessageId, t } from '../../lib/i18n/messages.ts';
import './mapping-warnings.css';

const severityText: Record<MappingWarning['severity'], MessageId> = {
  warning: 'mapping.check.severity.warning',
  info: 'mapping.check.severity.info',
};

/** What a warning asks for; what a piece of information means for the clinic. */
const adviceLabel: Record<MappingWarning['severity'], MessageId> = {
  warning: 'mapping.check.advice.warning',
  info: 'mapping.check.advice.info',
};

const checkText: Record<MappingWarning['code'], { message: MessageId; advice: MessageId }> = {
  'online-address-without-services': {
    message: 'mapping.check.onlineWithoutServices',
    advice: 'mapping.check.onlineWithoutServices.advice',
  },
  'online-address-without-online-consultation': {
    message: 'mapping.check.noOnlineConsultation',
    advice: 'mapping.check.noOnlineConsultation.advice',
  },
  'online-visits-at-regular-address': {
    message: 'mapping.check.onlineAtRegular',
    advice: 'mapping.check.onlineAtRegular.advice',
  },
  'payments-enabled': {
    message: 'mapping.check.prepaid',
    advice: 'mapping.check.prepaid.advice',
  },
};

function SeverityIcon({ severity }: { severity: MappingWarning['severity'] }) {
  return (
    <svg
      className="mapping-warning__icon"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'warning' ? (
        <>
          <path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
          <path d="M12 9v4M12 17h.01" />
        </>
      ) : (
        <>
          <circle cx="12" cy="12" r="10" />
          <path d="M12 16v-4M12 8h.01" />
        </>
      )}
    </svg>
  );
}

export function MappingWarnings({
  warnings,
  doctors,
}: {
  warnings: Mapping['warnings'];
  doctors: Mapping['doctors'];
}) {
  if (warnings.length === 0) {
    return (
      <p className="mapping-warnings__none" role="status">
        {t('mapping.checks.none')}
      </p>
    );
  }
  const names = new Map(
    doctors.map(({ doctor }) => [
      doctor.id,
      t('mapping.doctor.name', { name: doctor.name, surname: doctor.surname }),
    ]),
  );
  // Warnings before information, then in the doctors' order.
  const order = new Map(doctors.map(({ doctor }, index) => [doctor.id, index]));
  const sorted = [...warnings].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1) ||
      (order.get(a.doctorId) ?? 0) - (order.get(b.doctorId) ?? 0),
  );
  const count = warnings.filter((warning) => warning.severity === 'warning').length;
  return (
    <section className="mapping-warnings" aria-labelledby="mapping-warnings-title">
      <h2 id="mapping-warnings-title" className="mapping-warnings__title">
        {t('mapping.checks.title')}{' '}
        <span className="mapping-warnings__count">
          {count === 0
            ? t('mapping.checks.onlyNotes', { count: warnings.length })
            : t('mapping.checks.count', { count })}
        </span>
      </h2>
      <ul className="mapping-warnings__list">
        {sorted.map((warning) => {
          const doctor =
            names.get(warning.doctorId) ?? t('mapping.check.doctor', { id: warning.doctorId });
          return (
            <li
              key={`${warning.code}-${warning.doctorId}-${warning.addressId ?? ''}`}
              className={`mapping-warning mapping-warning--${warning.severity}`}
            >
              <SeverityIcon severity={warning.severity} />
              <div className="mapping-warning__text">
                <p className="mapping-warning__message">
                  <span className="mapping-warning__severity">
                    {t(severityText[warning.severity])}:
                  </span>{' '}
                  {t(checkText[warning.code].message)}
                </p>
                <p className="mapping-warning__fix">
                  <span className="mapping-warning__fix-label">
                    {t(adviceLabel[warning.severity])}:
                  </span>{' '}
                  {t(checkText[warning.code].advice)}
                </p>
                <p className="mapping-warning__where">
                  {warning.addressId
                    ? t('mapping.check.where', { doctor, address: warning.addressId })
                    : doctor}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
