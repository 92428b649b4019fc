// The words a patient is found by: each word of the name and surname (lower case, without
// accents) and the phone's digits (all of them, and the last nine: the number without the
// country code). Queries are normalised the same way and matched as prefixes.

export function normaliseWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

export function patientTermsOf(
  patient: { name?: string; surname?: string; phone?: string | null } | undefined,
): string[] {
  if (!patient) return [];
  const terms = new Set<string>();
  for (const word of `${patient.name ?? ''} ${patient.surname ?? ''}`.split(/[\s-]+/)) {
    const normalised = normaliseWord(word);
    if (normalised) terms.add(normalised);
  }
  const digits = phoneDigits(patient.phone ?? '');
  if (digits.length >= 3) {
    terms.add(digits);
    if (digits.length > 9) terms.add(digits.slice(-9));
  }
  return [...terms];
}

/** The prefixes a query asks for: a phone number is one term, a name one term per word. */
export function queryTerms(query: string): string[] {
  const trimmed = query.trim();
  if (/^[+\d\s()-]+$/.test(trimmed)) {
    const digits = phoneDigits(trimmed);
    return digits ? [digits] : [];
  }
  return trimmed
    .split(/[\s-]+/)
    .map(normaliseWord)
    .filter((word) => word !== '');
}
