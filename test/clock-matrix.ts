// `npm run test:clock`: the unit and component projects run again at other dates and in other
// zones, so that a test which reads the wall clock by accident (a time bomb) fails today, not on
// the day its date leaves the week. The dates are faked for the whole process tree with
// libfaketime (Debian package `faketime`); the zones with TZ.
//
//   npm run test:clock                      every case below
//   npm run test:clock -- dst-spring utc    only the cases named
//   npm run test:clock -- --list            the cases, one a line
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ClockCase {
  readonly name: string;
  /**
   * What the machine's clock says when the run starts, or undefined for the real time. libfaketime
   * reads it in the zone of TZ, so every case with a date runs in UTC.
   */
  readonly at?: string;
  readonly zone: string;
}

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD HH:MM:SS" in UTC, as FAKETIME takes it (with TZ=UTC, see below). */
function faketimeStamp(instant: Date): string {
  return instant.toISOString().slice(0, 19).replace('T', ' ');
}

function clockCases(today: Date): readonly ClockCase[] {
  const monthAhead = new Date(today.getTime() + 31 * DAY_MS);
  const yearAhead = new Date(today.getTime() + 365 * DAY_MS);
  return [
    { name: 'month-ahead', at: faketimeStamp(monthAhead), zone: 'UTC' },
    { name: 'year-ahead', at: faketimeStamp(yearAhead), zone: 'UTC' },
    { name: 'leap-day', at: '2028-02-29 09:00:00', zone: 'UTC' },
    // The nights Warsaw (the demo facility's zone) moves its clocks: 02:00 → 03:00 and 03:00 → 02:00.
    { name: 'dst-spring', at: '2027-03-28 00:30:00', zone: 'UTC' },
    { name: 'dst-autumn', at: '2027-10-31 01:30:00', zone: 'UTC' },
    // Half an hour before the New Year in UTC, 00:30 on 1 January in Warsaw: a week across years.
    { name: 'new-year', at: '2027-12-31 23:30:00', zone: 'UTC' },
    // The machine's own zone, at today's date.
    { name: 'sao-paulo', zone: 'America/Sao_Paulo' },
    { name: 'tokyo', zone: 'Asia/Tokyo' },
    { name: 'utc', zone: 'UTC' },
  ];
}

const libfaketimeCandidates = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1',
  '/usr/lib/faketime/libfaketimeMT.so.1',
];

function findLibfaketime(): string | undefined {
  return libfaketimeCandidates.find((path) => existsSync(path));
}

function environmentFor(clockCase: ClockCase, libfaketime: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: clockCase.zone };
  if (clockCase.at === undefined) return env;
  if (libfaketime === undefined) throw new Error('libfaketime is missing');
  return {
    ...env,
    LD_PRELOAD: libfaketime,
    // "@" starts the clock at that instant and lets it run; every child process starts there too.
    FAKETIME: `@${clockCase.at}`,
    // Timers, timeouts and performance.now() keep real time: only the calendar moves.
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
  };
}

function runCase(root: string, clockCase: ClockCase, libfaketime: string | undefined): boolean {
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const started = Date.now();
  const when = clockCase.at === undefined ? 'today' : `${clockCase.at} UTC`;
  process.stdout.write(`\n=== clock case ${clockCase.name}: ${when}, TZ=${clockCase.zone}\n`);
  const result = spawnSync(
    process.execPath,
    [vitest, 'run', '--project', 'unit', '--project', 'component', '--silent'],
    { cwd: root, env: environmentFor(clockCase, libfaketime), stdio: 'inherit' },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  const passed = result.status === 0;
  process.stdout.write(
    `=== clock case ${clockCase.name}: ${passed ? 'passed' : 'FAILED'} in ${seconds} s\n`,
  );
  return passed;
}

function main(): number {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const all = clockCases(new Date());
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    for (const clockCase of all) {
      process.stdout.write(`${clockCase.name}\t${clockCase.at ?? 'today'}\tTZ=${clockCase.zone}\n`);
    }
    return 0;
  }
  const unknown = args.filter((name) => !all.some((clockCase) => clockCase.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown clock case: ${unknown.join(', ')} (see --list)\n`);
    return 2;
  }
  const chosen = args.length === 0 ? all : all.filter((clockCase) => args.includes(clockCase.name));
  const libfaketime = findLibfaketime();
  if (libfaketime === undefined && chosen.some((clockCase) => clockCase.at !== undefined)) {
    process.stderr.write(
      'test:clock needs libfaketime to move the date: install the Debian package `faketime` ' +
        '(apt-get install faketime).\n',
    );
    return 1;
  }
  const failed = chosen.filter((clockCase) => !runCase(root, clockCase, libfaketime));
  const passedCount = chosen.length - failed.length;
  process.stdout.write(`\nclock cases: ${passedCount} of ${chosen.length} passed`);
  process.stdout.write(
    failed.length > 0 ? `; failed: ${failed.map((c) => c.name).join(', ')}\n` : '\n',
  );
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = main();
