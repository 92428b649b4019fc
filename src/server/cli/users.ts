// `npm run users -- <command>`: staff accounts, managed by an administrator on the server.
//   list
//   add <username> --role doctor|reception|admin [--doctor <docplanner doctor id>] [--name "…"]
//   password <username>          (reads the new password from standard input)
//   disable <username> | enable <username>
// Passwords are read from standard input (one line), never from the command line, so they do not
// end up in the shell history or the process list.
import { parseArgs } from 'node:util';
import { hashPassword } from '../auth/password.ts';
import { openConfiguredStore } from '../store/store.ts';
import { type Role, roles } from '../store/users-table.ts';

const usage = `Usage: npm run users -- <command>
  list
  add <username> --role doctor|reception|admin [--doctor <id>] [--name "Display name"]
  password <username>
  disable <username>
  enable <username>
The password is read from standard input. DATABASE_URL (PostgreSQL) or DATA_DIR (SQLite, default
./data) chooses the store, as for the server.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (at least 10 characters): ');
  let text = '';
  for await (const chunk of process.stdin) {
    text += chunk;
    if (text.includes('\n')) break;
  }
  const password = text.split('\n')[0]?.replace(/\r$/, '') ?? '';
  if (password.length < 10) fail('The password must be at least 10 characters.');
  return password;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, doctor: { type: 'string' }, name: { type: 'string' } },
});
const [command, username] = positionals;
const databaseUrl = process.env.DATABASE_URL?.trim() || null;
const store = openConfiguredStore({ dataDir: process.env.DATA_DIR ?? './data', databaseUrl });
await store.ready();

switch (command) {
  case 'list': {
    for (const user of await store.users.list()) {
      const doctor = user.doctorId ? ` doctor ${user.doctorId}` : '';
      const state = user.disabled ? ' (disabled)' : '';
      process.stdout.write(
        `${user.username}\t${user.role}${doctor}\t${user.displayName}${state}\n`,
      );
    }
    break;
  }
  case 'add': {
    if (!username) fail(usage);
    const role = values.role as Role | undefined;
    if (!role || !roles.includes(role)) fail('--role must be doctor, reception or admin.');
    if (role === 'doctor' && !values.doctor)
      fail('A doctor account needs --doctor <Docplanner doctor id>.');
    if (await store.users.withHash(username))
      fail(`There is already an account named ${username}.`);
    await store.users.add(
      {
        username,
        displayName: values.name ?? username,
        role,
        doctorId: role === 'doctor' ? (values.doctor ?? null) : null,
      },
      await hashPassword(await readPassword()),
    );
    process.stdout.write(`Added ${username} (${role}).\n`);
    break;
  }
  case 'password':
  case 'disable':
  case 'enable': {
    const found = username ? await store.users.withHash(username) : undefined;
    if (!found) fail(username ? `No account named ${username}.` : usage);
    if (command === 'password') {
      await store.users.setPassword(found.user.id, await hashPassword(await readPassword()));
      await store.sessions.closeAllOf(found.user.id);
      process.stdout.write(`Password of ${username} changed; their sessions were closed.\n`);
    } else {
      await store.users.setDisabled(found.user.id, command === 'disable');
      if (command === 'disable') await store.sessions.closeAllOf(found.user.id);
      process.stdout.write(`${username} ${command}d.\n`);
    }
    break;
  }
  default:
    fail(usage);
}
await store.close();
