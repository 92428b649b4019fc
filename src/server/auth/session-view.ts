// The session as the page sees it: who is signed in and the CSRF token for its requests.
import type { SessionView } from '../../shared/api/auth.ts';
import type { User } from '../store/users-table.ts';

export function sessionViewOf(user: User, csrfToken: string): SessionView {
  return {
    user: {
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      doctorId: user.doctorId,
      locale: user.locale,
    },
    csrfToken,
  };
}
