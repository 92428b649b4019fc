import type { CurrentUser } from '../../shared/api/auth.ts';
import { Button } from '../ui/Button.tsx';
import './user-menu.css';

const roleNames: Record<CurrentUser['role'], string> = {
  doctor: 'Doctor',
  reception: 'Reception',
  admin: 'Administrator',
};

/** Who is signed in, and the way out. */
export function UserMenu({ user, onSignOut }: { user: CurrentUser; onSignOut: () => void }) {
  return (
    <div className="user-menu">
      <span className="user-menu__who">
        <span className="user-menu__name">{user.displayName}</span>
        <span className="user-menu__role">{roleNames[user.role]}</span>
      </span>
      <Button onClick={onSignOut}>Sign out</Button>
    </div>
  );
}
