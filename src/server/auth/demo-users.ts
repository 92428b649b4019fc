// On sandbox data the agenda ships one account per role, so a clinic can try every screen before
// it has Docplanner credentials. Never created against the real Docplanner.
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import type { Role } from '../store/users-table.ts';
import { hashPassword } from './password.ts';

export const demoUsers: readonly {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  doctorId: string | null;
}[] = [
  {
    username: 'doctor',
    password: 'demo-doctor',
    displayName: 'Dr Anna Kowalska',
    role: 'doctor',
    doctorId: '100101',
  },
  {
    username: 'reception',
    password: 'demo-reception',
    displayName: 'Reception desk',
    role: 'reception',
    doctorId: null,
  },
  {
    username: 'admin',
    password: 'demo-admin',
    displayName: 'Clinic administrator',
    role: 'admin',
    doctorId: null,
  },
];

export async function ensureDemoUsers(store: Store, logger: Logger): Promise<void> {
  for (const demo of demoUsers) {
    if (await store.users.withHash(demo.username)) continue;
    const { password, ...user } = demo;
    // Another instance starting at the same time may have added it meanwhile.
    if (!(await store.users.addIfAbsent(user, await hashPassword(password)))) continue;
    logger.info({ username: demo.username, role: demo.role }, 'created a sandbox demo account');
  }
}
