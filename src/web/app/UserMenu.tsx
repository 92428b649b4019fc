import type { CurrentUser } from '../../shared/api/auth.ts';
import { LanguagePicker } from '../features/auth/LanguagePicker.tsx';
import { type MessageId, t } from '../lib/i18n/messages.ts';
import { Button } from '../ui/Button.tsx';
import './user-menu.css';

const roleNames: Record<CurrentUser['role'], MessageId> = {
  doctor: 'auth.role.doctor',
  reception: 'auth.role.reception',
  admin: 'auth.role.admin',
};

/** Who is signed in, the language they read, and the way out. */
export function UserMenu({ user, onSignOut }: { user: CurrentUser; onSignOut: () => void }) {
  return (
    <div className="user-menu">
      <span className="user-menu__who">
        <span className="user-menu__name">{user.displayName}</span>
        <span className="user-menu__role">{t(roleNames[user.role])}</span>
      </span>
      <LanguagePicker labelHidden />
      <Button onClick={onSignOut}>{t('auth.signOut')}</Button>
    </div>
  );
}
