// How a doctor is told apart when the agenda shows several at once: a colour (stripe on each
// block, swatch in the filter) and always the initials next to it — never the colour alone.
import type { AgendaDoctor } from '../../../shared/api/agenda.ts';

/** Ten colours far from the purple of online visits and the teal of in-person ones, each dark
 * enough for white initials on it (WCAG AA, 4.5:1). */
const palette = [
  '#2563eb',
  '#c2410c',
  '#db2777',
  '#4d7c0f',
  '#0e7490',
  '#a16207',
  '#dc2626',
  '#475569',
  '#9d174d',
  '#1d4ed8',
];

export interface DoctorMark {
  initials: string;
  fullName: string;
  color: string;
}

export function doctorInitials(doctor: Pick<AgendaDoctor, 'name' | 'surname'>): string {
  const letters = `${doctor.name.trim().charAt(0)}${doctor.surname.trim().charAt(0)}`;
  return letters.toUpperCase() || '?';
}

/** Marks by doctor id, in the facility's doctor order (stable across weeks). */
export function doctorMarks(doctors: readonly AgendaDoctor[]): ReadonlyMap<string, DoctorMark> {
  return new Map(
    doctors.map((doctor, index) => [
      doctor.id,
      {
        initials: doctorInitials(doctor),
        fullName: `${doctor.name} ${doctor.surname}`.trim(),
        color: palette[index % palette.length] as string,
      },
    ]),
  );
}
