// The session's CSRF token, sent with every state-changing request to our API. Held in memory
// only: a reload asks the server for the session again.
let token: string | null = null;

export function setCsrfToken(value: string | null): void {
  token = value;
}

export function csrfToken(): string | null {
  return token;
}
