// The seed's checks, each with its fix. Severity is said in words and by an icon, not by colour
// alone: "Needs attention" for warnings, "Good to know" for information.
import type { Mapping, MappingWarning } from '../../../shared/api/mapping.ts';

const severityText: Record<MappingWarning['severity'], string> = {
  warning: 'Needs attention',
  info: 'Good to know',
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
        ✓ No problems found in the calendars and services.
      </p>
    );
  }
  const names = new Map(
    doctors.map(({ doctor }) => [doctor.id, `Dr ${doctor.name} ${doctor.surname}`]),
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
        Checks{' '}
        <span className="mapping-warnings__count">
          {count === 0
            ? 'nothing needs attention'
            : `${count} need${count === 1 ? 's' : ''} attention`}
        </span>
      </h2>
      <ul className="mapping-warnings__list">
        {sorted.map((warning) => (
          <li
            key={`${warning.code}-${warning.doctorId}-${warning.addressId ?? ''}`}
            className={`mapping-warning mapping-warning--${warning.severity}`}
          >
            <SeverityIcon severity={warning.severity} />
            <div className="mapping-warning__text">
              <p className="mapping-warning__message">
                <span className="mapping-warning__severity">{severityText[warning.severity]}:</span>{' '}
                {warning.message}
              </p>
              <p className="mapping-warning__fix">
                <span className="mapping-warning__fix-label">Fix:</span> {warning.fix}
              </p>
              <p className="mapping-warning__where">
                {names.get(warning.doctorId) ?? `Doctor ${warning.doctorId}`}
                {warning.addressId ? ` · address ${warning.addressId}` : ''}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
