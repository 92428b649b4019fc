// Why a notification could not be read, in words for an administrator (the server keeps the
// technical reason, shown beside it), and how big it was, in the page's language.
import { activeIntlTag, type MessageId } from '../../lib/i18n/messages.ts';

export function reasonWords(reason: string): MessageId {
  if (reason === 'not JSON') return 'dead-letters.reason.notJson';
  if (reason === 'not a notification') return 'dead-letters.reason.notNotification';
  return 'dead-letters.reason.unexpectedDetails';
}

/** `1.2 kB` (`1,2 kB` in Polish). */
export function sizeWords(bytes: number): string {
  const [value, unit] =
    bytes < 1000
      ? [bytes, 'byte']
      : bytes < 1_000_000
        ? [bytes / 1000, 'kilobyte']
        : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(activeIntlTag(), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
    minimumFractionDigits: unit === 'byte' ? 0 : 1,
  }).format(value);
}
