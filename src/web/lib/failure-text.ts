// Why a change did not happen, as a sentence to follow "The visit was not moved." and the like.
// An `ApiRequestError` already says it in the page's language where the catalog knows the case
// (api-client.ts, server-error-text.ts); otherwise it is the server's (or Docplanner's) sentence.

/** `error` as one or more sentences: capital first letter, final full stop. */
export function reasonOf(error: unknown): string {
  return asSentence(error instanceof Error ? error.message : String(error));
}

/** `the server did not answer` → `The server did not answer.` */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const sentence = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}
