// Made-up Polish patients: plausible names, phones, e-mails and PESEL-shaped NINs.
import type { Random } from '../random.ts';
import type { PatientRecord } from './model.ts';

const women = ['Maria', 'Zofia', 'Julia', 'Magdalena', 'Agnieszka', 'Ewa', 'Joanna', 'Alicja'];
const men = ['Jan', 'Jakub', 'Marek', 'Paweł', 'Krzysztof', 'Michał', 'Andrzej', 'Łukasz'];
/** Surnames as [masculine, feminine]. */
const surnames: [string, string][] = [
  ['Zieliński', 'Zielińska'],
  ['Szymański', 'Szymańska'],
  ['Woźniak', 'Woźniak'],
  ['Dąbrowski', 'Dąbrowska'],
  ['Kozłowski', 'Kozłowska'],
  ['Jankowski', 'Jankowska'],
  ['Mazur', 'Mazur'],
  ['Kwiatkowski', 'Kwiatkowska'],
  ['Krawczyk', 'Krawczyk'],
  ['Piotrowski', 'Piotrowska'],
];

export function randomPatient(random: Random): PatientRecord {
  const gender = random.chance(0.55) ? 'f' : 'm';
  const name = random.pick(gender === 'f' ? women : men);
  const [masculine, feminine] = random.pick(surnames);
  const surname = gender === 'f' ? feminine : masculine;
  const year = random.int(1950, 2015);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  return {
    name,
    surname,
    email: random.chance(0.85) ? `${ascii(name)}.${ascii(surname)}@example.com` : null,
    phone: `+48 ${random.int(500, 799)} ${random.int(100, 999)} ${random.int(100, 999)}`,
    birthDate,
    nin: pesel(random, year, month, day, gender),
    gender,
    isReturning: random.chance(0.4),
  };
}

/** A PESEL with the right birth-date encoding, sex digit and checksum; it belongs to nobody. */
function pesel(random: Random, year: number, month: number, day: number, gender: 'm' | 'f') {
  const encodedMonth = year >= 2000 ? month + 20 : month;
  const serial = `${random.int(100, 999)}`;
  const sexDigit = 2 * random.int(0, 4) + (gender === 'm' ? 1 : 0);
  const digits = `${pad(year % 100)}${pad(encodedMonth)}${pad(day)}${serial}${sexDigit}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...digits].reduce(
    (total, digit, index) => total + Number(digit) * weights[index]!,
    0,
  );
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function ascii(text: string): string {
  return text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
