// Staff accounts: who may sign in, with which role, and for a doctor which Docplanner doctor.
import { type Locale, localeSchema } from '../../shared/i18n/locales.ts';
import type { SqlClient } from './sql/sql-client.ts';

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

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  doctor_id: string | null;
  password_hash: string;
  disabled: number;
  locale: string | null;
}

export function userFromRow(row: UserRow): User {
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

export function createUsersTable(sql: SqlClient) {
  async function insert(
    user: Omit<User, 'id' | 'disabled' | 'locale'>,
    passwordHash: string,
    onConflict: '' | 'ON CONFLICT DO NOTHING',
  ): Promise<User | null> {
    const row = await sql.get<{ id: number }>(
      `INSERT INTO users (username, display_name, role, doctor_id, password_hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?) ${onConflict} RETURNING id`,
      [
        user.username,
        user.displayName,
        user.role,
        user.doctorId,
        passwordHash,
        new Date().toISOString(),
      ],
    );
    return row ? { ...user, id: Number(row.id), disabled: false, locale: null } : null;
  }

  return {
    /** Adds the user; a username taken (in any case) is refused with the database's error. */
    async add(user: Omit<User, 'id' | 'disabled' | 'locale'>, passwordHash: string): Promise<User> {
      return (await insert(user, passwordHash, '')) as User;
    },
    /**
     * Adds the user unless one with that username (in any case) exists; null then. Two instances
     * creating the same account at once: one adds it, the other gets null.
     */
    addIfAbsent(
      user: Omit<User, 'id' | 'disabled' | 'locale'>,
      passwordHash: string,
    ): Promise<User | null> {
      return insert(user, passwordHash, 'ON CONFLICT DO NOTHING');
    },
    /** The user and their password hash, for signing in (the username in any case). */
    async withHash(username: string): Promise<{ user: User; passwordHash: string } | undefined> {
      const row = await sql.get<UserRow>('SELECT * FROM users WHERE lower(username) = lower(?)', [
        username,
      ]);
      return row ? { user: userFromRow(row), passwordHash: row.password_hash } : undefined;
    },
    async get(id: number): Promise<User | undefined> {
      const row = await sql.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
      return row ? userFromRow(row) : undefined;
    },
    async list(): Promise<User[]> {
      return (await sql.all<UserRow>('SELECT * FROM users ORDER BY username')).map(userFromRow);
    },
    async setPassword(id: number, passwordHash: string): Promise<void> {
      await sql.run('UPDATE users SET password_hash = ? WHERE id = ?', [passwordHash, id]);
    },
    async setDisabled(id: number, disabled: boolean): Promise<void> {
      await sql.run('UPDATE users SET disabled = ? WHERE id = ?', [disabled ? 1 : 0, id]);
    },
    async setLocale(id: number, locale: Locale | null): Promise<void> {
      await sql.run('UPDATE users SET locale = ? WHERE id = ?', [locale, id]);
    },
    async count(): Promise<number> {
      return (await sql.get<{ n: number }>('SELECT count(*) AS n FROM users'))?.n ?? 0;
    },
  };
}
export type UsersTable = ReturnType<typeof createUsersTable>;
