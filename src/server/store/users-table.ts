// Staff accounts: who may sign in, with which role, and for a doctor which Docplanner doctor.
import { type Locale, localeSchema } from '../../shared/i18n/locales.ts';
import type { Database } from './database.ts';

export type Role = 'doctor' | 'reception' | 'admin';
export const roles: readonly Role[] = ['doctor', 'reception', 'admin'];

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The Docplanner doctor a doctor account sees; null for reception and admin. */
  doctorId: string | null;
  disabled: boolean;
  /** The language the user chose in the agenda; null until they choose. */
  locale: Locale | null;
}

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  doctor_id: string | null;
  password_hash: string;
  disabled: number;
  locale: string | null;
}

function fromRow(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    doctorId: row.doctor_id,
    disabled: row.disabled === 1,
    // A language this build no longer speaks reads as no choice.
    locale: localeSchema.safeParse(row.locale).data ?? null,
  };
}

export function createUsersTable(db: Database) {
  const insert = db.prepare(
    `INSERT INTO users (username, display_name, role, doctor_id, password_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const byUsername = db.prepare('SELECT * FROM users WHERE username = ?');
  const byId = db.prepare('SELECT * FROM users WHERE id = ?');
  const all = db.prepare('SELECT * FROM users ORDER BY username');
  const setPassword = db.prepare('UPDATE users SET password_hash = ? WHERE id = ?');
  const setDisabled = db.prepare('UPDATE users SET disabled = ? WHERE id = ?');
  const setLocale = db.prepare('UPDATE users SET locale = ? WHERE id = ?');
  const countAll = db.prepare('SELECT count(*) AS n FROM users');

  return {
    add(user: Omit<User, 'id' | 'disabled' | 'locale'>, passwordHash: string): User {
      const id = Number(
        insert.run(
          user.username,
          user.displayName,
          user.role,
          user.doctorId,
          passwordHash,
          new Date().toISOString(),
        ).lastInsertRowid,
      );
      return { ...user, id, disabled: false, locale: null };
    },
    /** The user and their password hash, for signing in. */
    withHash(username: string): { user: User; passwordHash: string } | undefined {
      const row = byUsername.get(username) as UserRow | undefined;
      return row ? { user: fromRow(row), passwordHash: row.password_hash } : undefined;
    },
    get(id: number): User | undefined {
      const row = byId.get(id) as UserRow | undefined;
      return row ? fromRow(row) : undefined;
    },
    list(): User[] {
      return (all.all() as unknown as UserRow[]).map(fromRow);
    },
    setPassword(id: number, passwordHash: string): void {
      setPassword.run(passwordHash, id);
    },
    setDisabled(id: number, disabled: boolean): void {
      setDisabled.run(disabled ? 1 : 0, id);
    },
    setLocale(id: number, locale: Locale | null): void {
      setLocale.run(locale, id);
    },
    count(): number {
      return (countAll.get() as { n: number }).n;
    },
  };
}
export type UsersTable = ReturnType<typeof createUsersTable>;
