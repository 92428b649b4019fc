// The patient's details as typed into the booking form, and their check before anything is sent:
// the schema shared with the server says which field is wrong, the form says why in its words and
// puts the focus on the first such field.
import { useRef, useState } from 'react';
import { type PhonePatient, phonePatientSchema } from '../../../shared/api/phone-booking.ts';
import type { MessageId } from '../../lib/i18n/messages.ts';

export type PatientField = keyof PhonePatient;

const emptyPatient: Required<PhonePatient> = { name: '', surname: '', phone: '', email: '' };

/** The longest first name or surname the form takes (phonePatientSchema). */
export const longestName = 100;

/**
 * What is wrong with a field, in the page's words: the schema (shared with the server) says
 * which field and which rule; its English sentence is not shown.
 */
function fieldProblem(field: PatientField, issue: { code: string }): MessageId {
  if (issue.code === 'too_big') return 'phone-booking.error.tooLong';
  switch (field) {
    case 'name':
      return 'phone-booking.error.name';
    case 'surname':
      return 'phone-booking.error.surname';
    case 'phone':
      return 'phone-booking.error.phone';
    case 'email':
      return 'phone-booking.error.email';
  }
}

/** `ids` is the form's own prefix (`useId`) for the fields' and their errors' ids. */
export function usePatientForm(ids: string) {
  const [patient, setPatient] = useState<Required<PhonePatient>>(emptyPatient);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Partial<Record<PatientField, MessageId>>>({});
  const fieldRefs = useRef<Partial<Record<PatientField, HTMLInputElement | null>>>({});

  function update(field: PatientField, value: string) {
    setPatient((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  /** The patient as the server takes them, or `null` (and the problems shown) when a field is wrong. */
  function check() {
    const parsed = phonePatientSchema.safeParse(patient);
    if (parsed.success) return parsed.data;
    const found: Partial<Record<PatientField, MessageId>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as PatientField;
      found[field] ??= fieldProblem(field, issue);
    }
    setErrors(found);
    const first = (['name', 'surname', 'phone', 'email'] as const).find((field) => found[field]);
    if (first) fieldRefs.current[first]?.focus();
    return null;
  }

  function fieldProps(field: PatientField) {
    const errorId = `${ids}-${field}-error`;
    return {
      id: `${ids}-${field}`,
      value: patient[field],
      onChange: (event: { target: { value: string } }) => update(field, event.target.value),
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': errors[field] ? errorId : undefined,
      ref: (element: HTMLInputElement | null) => {
        fieldRefs.current[field] = element;
      },
    };
  }

  return { comment, setComment, errors, check, fieldProps };
}

export type PatientForm = ReturnType<typeof usePatientForm>;
