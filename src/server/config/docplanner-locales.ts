// Docplanner's countries: the domain each locale's API lives on, and the facility's default zone.
/** Docplanner's domain per locale (CONTRACT.md §1); the facility's default zone with it. */
export const docplannerLocales = {
  pl: { domain: 'znanylekarz.pl', timeZone: 'Europe/Warsaw' },
  cz: { domain: 'znamylekar.cz', timeZone: 'Europe/Prague' },
  de: { domain: 'jameda.de', timeZone: 'Europe/Berlin' },
  es: { domain: 'doctoralia.es', timeZone: 'Europe/Madrid' },
  it: { domain: 'miodottore.it', timeZone: 'Europe/Rome' },
  pt: { domain: 'doctoralia.com.pt', timeZone: 'Europe/Lisbon' },
  tr: { domain: 'doktortakvimi.com', timeZone: 'Europe/Istanbul' },
  br: { domain: 'doctoralia.com.br', timeZone: 'America/Sao_Paulo' },
  mx: { domain: 'doctoralia.mx', timeZone: 'America/Mexico_City' },
  ar: { domain: 'doctoraliar.com', timeZone: 'America/Argentina/Buenos_Aires' },
  cl: { domain: 'doctoralia.cl', timeZone: 'America/Santiago' },
  co: { domain: 'doctoralia.co', timeZone: 'America/Bogota' },
  pe: { domain: 'doctoralia.pe', timeZone: 'America/Lima' },
} as const;
export type DocplannerLocale = keyof typeof docplannerLocales;
