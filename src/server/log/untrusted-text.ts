// Text that came from outside (a notification's event name, a header) as it goes into a log
// line: control characters and line separators escaped so it cannot forge a line in a pretty
// log, and cut to a length so a sender cannot flood the log with one field.

// C0 controls, DEL and C1 controls (Unicode general category Cc), and the line and paragraph
// separators, which a log viewer may break a line at.
const unsafe = /[\p{Cc}\u2028\u2029]/gu;

export function untrustedText(value: unknown, maxLength = 80): string {
  const text = typeof value === 'string' ? value : String(value);
  const cut = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return cut.replace(unsafe, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
