// The key that makes the server act once on a change however often the page sends it (a retry
// after a lost answer): a new one per action, reused by that action's retries.
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
