// `npm run bench`: how heavy and how fast our agenda is next to a bare FullCalendar page showing
// the same bookings, and how the BFF holds up next to a bare node:http server. Every row has a
// baseline measured in the same run, and the ratio. Runs after `vite build` (dist/) and builds
// the bare page itself. Tuning (defaults in brackets):
//   BENCH_RUNS [7], BENCH_VISITS [500]            time until N bookings are on screen
//   BENCH_BUSY_RUNS [5], BENCH_BUSY_VISITS [2000]  a busy week (20% online) on screen, next week
//   BENCH_VIEW_RUNS [3], BENCH_MONTH_VISITS [10000], BENCH_DOCTORS [30]   month, doctor columns
//   BENCH_DAY_HOURS [8], BENCH_DAY_SPEED [240]    a day of live changes, sandbox clock × speed
//   BENCH_LIVE_EVENTS [200]                       webhook accepted → visible in an open agenda
//   BENCH_FANOUT_EVENTS [200]                     a change on instance A → B's live stream
//   BENCH_INGEST_NOTIFICATIONS [5000], BENCH_INGEST_CONCURRENCY [48]   webhook ingestion rate
//   BENCH_AGENDA_VISITS [2000], BENCH_AGENDA_CLIENTS [50], BENCH_AGENDA_SECONDS [10]   agenda API
//   BENCH_MEMORY_BOOKINGS [100000]                server memory with N stored bookings
//   BENCH_ONLY  comma-separated subset of the parts:
//     size        production JS and CSS, first load and lazy chunks
//     screen      time until bookings are on screen (500; a busy week of 2,000 and the next)
//     month       a month of 10,000 visits on screen, against bare dayGridMonth
//     doctors     reception's day with 30 doctor columns, against bare FullCalendar built alike
//     day-memory  the page's JS heap and DOM nodes before and after a day of live changes
//     live        webhook accepted → visible in an open agenda
//     ingest      webhook ingestion rate, SQLite, one instance
//     ingest-pg   the same on PostgreSQL, two instances sharing one database, half each
//     agenda      agenda API under load, SQLite, one instance
//     agenda-pg   the same on PostgreSQL, two instances, half the clients each
//     fanout-pg   a change through A reaching a live stream on B (PostgreSQL, LISTEN/NOTIFY)
//     memory      server memory
// The -pg parts need PostgreSQL at TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432):
// each run makes a throwaway database and drops it. Where none answers, their rows say skipped.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { postgresAvailable } from '../support/postgres.ts';
import { type AgendaLoadRow, measureAgendaLoad } from './agenda-load.ts';
import { assetSize, catalogChunkLocale, firstLoadFiles } from './asset-size.ts';
import { buildBarePage } from './bare-build.ts';
import { postgresUnreachable } from './bench-servers.ts';
import { measureDayMemory } from './day-memory.ts';
import { measureDoctorsDay } from './doctors-day.ts';
import { type IngestionRow, measureIngestionRate } from './ingestion-rate.ts';
import { measureLiveFanout } from './live-fanout.ts';
import { measureLiveLatency } from './live-latency.ts';
import { measureMonthView } from './month-view.ts';
import { measureTimeOnScreen } from './screen-rows.ts';
import { measureServerMemory } from './server-memory.ts';
import { type BenchRow, formatBytes, renderTable } from './table.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
};
const runs = setting('BENCH_RUNS', 7);
const visits = setting('BENCH_VISITS', 500);
const busy = { runs: setting('BENCH_BUSY_RUNS', 5), visits: setting('BENCH_BUSY_VISITS', 2_000) };
const live = { events: setting('BENCH_LIVE_EVENTS', 200), warmup: 10 };
const fanout = { events: setting('BENCH_FANOUT_EVENTS', 200), warmup: 20 };
const ingest = {
  count: setting('BENCH_INGEST_NOTIFICATIONS', 5_000),
  concurrency: setting('BENCH_INGEST_CONCURRENCY', 48),
  warmup: 200,
};
const agendaLoad = {
  visits: setting('BENCH_AGENDA_VISITS', 2_000),
  clients: setting('BENCH_AGENDA_CLIENTS', 50),
  seconds: setting('BENCH_AGENDA_SECONDS', 10),
};
const memory = { bookings: setting('BENCH_MEMORY_BOOKINGS', 100_000) };
const month = {
  runs: setting('BENCH_VIEW_RUNS', 3),
  visits: setting('BENCH_MONTH_VISITS', 10_000),
};
const doctorsDay = { runs: month.runs, doctors: setting('BENCH_DOCTORS', 30) };
const dayMemory = { hours: setting('BENCH_DAY_HOURS', 8), speed: setting('BENCH_DAY_SPEED', 240) };
const allParts = [
  'size',
  'screen',
  'month',
  'doctors',
  'day-memory',
  'live',
  'ingest',
  'ingest-pg',
  'agenda',
  'agenda-pg',
  'fanout-pg',
  'memory',
];
const only = (process.env.BENCH_ONLY ?? allParts.join(','))
  .split(',')
  .map((part) => part.trim())
  .filter(Boolean);
const unknownParts = only.filter((part) => !allParts.includes(part));
if (unknownParts.length > 0) {
  throw new Error(`BENCH_ONLY: unknown ${unknownParts.join(', ')}; use ${allParts.join(', ')}`);
}
const includes = (part: string) => only.includes(part);

const rows: BenchRow[] = [];
const benchDir = resolve(repoRoot, '.bench');

const bareDir = await buildBarePage();
await mkdir(benchDir, { recursive: true });
const distDir = resolve(repoRoot, 'dist');
if (includes('size')) {
  // The page fetches what index.html names and one language's messages; the other screens and
  // languages are lazy chunks, fetched when used.
  const firstLoad = await firstLoadFiles(distDir);
  const catalogs = await assetSize(distDir, '.js', (name) => catalogChunkLocale(name) !== null);
  const oneCatalog = {
    raw: catalogs.raw / Math.max(1, catalogs.files),
    gzip: catalogs.gzip / Math.max(1, catalogs.files),
  };
  for (const extension of ['.js', '.css'] as const) {
    const kind = extension === '.js' ? 'JS' : 'CSS';
    const first = await assetSize(distDir, extension, (name) => firstLoad.has(name));
    const withCatalog =
      extension === '.js'
        ? { raw: first.raw + oneCatalog.raw, gzip: first.gzip + oneCatalog.gzip }
        : first;
    const all = await assetSize(distDir, extension);
    const bare = await assetSize(bareDir, extension);
    rows.push(
      {
        name: `Production ${kind}, first load, raw`,
        value: formatBytes(withCatalog.raw),
        baseline: formatBytes(bare.raw),
        ratio: withCatalog.raw / bare.raw,
        note: `baseline: bare FullCalendar page; ${first.files} file(s)${extension === '.js' ? ' + one language' : ''}`,
      },
      {
        name: `Production ${kind}, first load, gzip`,
        value: formatBytes(withCatalog.gzip),
        baseline: formatBytes(bare.gzip),
        ratio: withCatalog.gzip / bare.gzip,
      },
      {
        name: `Production ${kind}, lazy chunks, gzip`,
        value: formatBytes(all.gzip - first.gzip),
        baseline: formatBytes(bare.gzip),
        ratio: (all.gzip - first.gzip) / bare.gzip,
        note: `${all.files - first.files} file(s), each fetched when used${extension === '.js' ? `; of them ${catalogs.files} languages, ${formatBytes(oneCatalog.gzip)} each on average` : ''}`,
      },
    );
  }
}

if (includes('screen'))
  rows.push(...(await measureTimeOnScreen({ runs, visits, busy }, bareDir, benchDir)));
if (includes('month')) {
  rows.push(...(await measureMonthView(month, bareDir, resolve(benchDir, 'month'))));
}
if (includes('doctors')) {
  rows.push(...(await measureDoctorsDay(doctorsDay, bareDir, resolve(benchDir, 'doctors'))));
}

// The BFF rows: a failed one is reported as such and the others still run. The PostgreSQL rows
// quote the SQLite ones of the same run (measured first) in their notes.
let sqliteIngest: IngestionRow | undefined;
let sqliteAgenda: AgendaLoadRow | undefined;
const bffMeasures: [string, string, () => Promise<BenchRow>][] = [
  ['day-memory', 'Page memory after a day of live changes', () => measureDayMemory(dayMemory)],
  ['live', 'Webhook accepted → visible in an open agenda', () => measureLiveLatency(live)],
  [
    'ingest',
    'Webhook ingestion rate',
    async () => (sqliteIngest = await measureIngestionRate(ingest, 'sqlite')),
  ],
  [
    'ingest-pg',
    'Webhook ingestion rate, PostgreSQL, two instances',
    () => measureIngestionRate(ingest, 'postgres', sqliteIngest),
  ],
  [
    'agenda',
    'Agenda API under load',
    async () => (sqliteAgenda = await measureAgendaLoad(agendaLoad, 'sqlite')),
  ],
  [
    'agenda-pg',
    'Agenda API under load, PostgreSQL, two instances',
    () => measureAgendaLoad(agendaLoad, 'postgres', sqliteAgenda),
  ],
  ['fanout-pg', 'Live fan-out across instances, PostgreSQL', () => measureLiveFanout(fanout)],
  ['memory', 'Server memory', () => measureServerMemory(memory)],
];
for (const [part, name, measure] of bffMeasures) {
  if (!includes(part)) continue;
  if (part.endsWith('-pg') && !(await postgresAvailable())) {
    rows.push({
      name,
      value: 'skipped',
      note: `${postgresUnreachable} at TEST_POSTGRES_URL (default 127.0.0.1:5432)`,
    });
    continue;
  }
  try {
    rows.push(await measure());
  } catch (error) {
    console.error(`${name} failed:`, error);
    rows.push({ name, value: 'failed', note: String(error).split('\n')[0]!.slice(0, 200) });
    process.exitCode = 1;
  }
}

console.log(renderTable(rows));
await writeFile(
  resolve(benchDir, 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), runs, visits, busy, month, doctorsDay, dayMemory, live, fanout, ingest, agendaLoad, memory, rows }, null, 2)}\n`,
);
