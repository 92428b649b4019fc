// The words a patient is found by, and the words a search asks for. A patient's terms are each
// word of the name and surname (lower case, without accents) and the phone's digits (all of them,
// and the last nine: the number without the country code). A search is cut into the same kind of
// terms; every one must be the start of one of the patient's terms.

/** Letters Unicode does not decompose into a base letter and an accent (NFD leaves `ł` as it is). */
const unaccented: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const unaccentedLetter = new RegExp(`[${Object.keys(unaccented).join('')}]`, 'gu');

/** `Łukasz` → `lukasz`, `Wójcik-Żak` → `wojcik-zak`: lower case, no accents. */
export function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(unaccentedLetter, (letter) => unaccented[letter] ?? letter);
}

export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** Digits of a phone number without its country code: the last nine (a Polish number). */
const localDigits = 9;

/** Words of a name: apostrophes dropped (O'Neill → oneill), split at anything not a letter. */
function nameWords(text: string): string[] {
  return normaliseWord(text)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

export function patientTermsOf(
  patient: { name?: string; surname?: string; phone?: string | null } | undefined,
): string[] {
  if (!patient) return [];
  const terms = new Set(nameWords(`${patient.name ?? ''} ${patient.surname ?? ''}`));
  const digits = phoneDigits(patient.phone ?? '');
  if (digits.length >= 3) {
    terms.add(digits);
    if (digits.length > localDigits) terms.add(digits.slice(-localDigits));
  }
  return [...terms];
}

/**
 * One term of a search: it matches a patient when one of its prefixes starts one of the
 * patient's terms.
 */
export type QueryTerm = readonly string[];

/** Characters a phone number is written with: digits, spaces, `+`, `-`, `/`, `(` `)` and dots. */
const phonePart = /^[+\d()./-]+$/;

/**
 * The terms a search asks for. Neighbouring parts written like a phone number are one number
 * (`+48 600 100 200`, `kowalska 600 100`), matched by its digits — and, when longer than a
 * local number, also by its last nine, so `+48600100200` finds `600 100 200`. Everything else
 * is a name word.
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let number = '';
  const endNumber = () => {
    if (number === '') return;
    terms.push(number.length > localDigits ? [number, number.slice(-localDigits)] : [number]);
    number = '';
  };
  for (const part of query.trim().split(/\s+/)) {
    if (phonePart.test(part) && /\d/.test(part)) {
      number += phoneDigits(part);
      continue;
    }
    endNumber();
    for (const word of nameWords(part)) terms.push([word]);
  }
  endNumber();
  return terms;
}

/** The most terms one search may have (each is one more look-up in the index). */
export const maxQueryTerms = 6;

/**
 * Why a search cannot be run, in words for the desk; null when it can. It needs two letters of
 * a name or three digits of a phone number.
 */
export function queryProblem(query: string): string | null {
  const terms = queryTerms(query);
  const letters = terms.flat().join('').replace(/\d/g, '').length;
  const digits = (query.match(/\d/g) ?? []).length;
  if (letters < 2 && digits < 3) {
    return 'Type at least 2 letters of a name or 3 digits of a phone number.';
  }
  if (terms.length > maxQueryTerms) {
    return `Use at most ${maxQueryTerms} words: a name, a surname or a phone number.`;
  }
  return null;
}
