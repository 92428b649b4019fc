// "Server memory with N stored bookings": the resident memory of our server running on a data
// directory that holds N bookings (2,000 a week around the current one), after it served the
// current week. The baseline is the same server on an empty data directory, same request.
// The directory is filled the way the server itself fills it — notifications written to the
// inbox and processed by its own processor — only without HTTP, from the bench process.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProcessor } from '../../src/server/ingest/processor.ts';
import { createLogger } from '../../src/server/logger.ts';
import { openStore } from '../../src/server/store/store.ts';
import { startProductionServer } from '../support/production-server.ts';
import { signInApi } from '../support/staff-session.ts';
import { currentWeek, slotBookedBody } from './booking-notifications.ts';
import { getRaw } from './load-generator.ts';
import { type BenchRow, formatMiB, formatMs } from './table.ts';
import { median } from './time-on-screen.ts';
import { pushModeEnv } from './webhook-push.ts';

export interface ServerMemoryOptions {
  /** Stored bookings (BENCH_MEMORY_BOOKINGS, default 100,000). */
  bookings: number;
}

const perWeek = 2_000;
const settleMs = 3_000;

export async function measureServerMemory(options: ServerMemoryOptions): Promise<BenchRow> {
  const dataDir = await mkdtemp(join(tmpdir(), 'online-agenda-bench-memory-'));
  try {
    const fillMs = await fillDataDir(dataDir, options.bookings);
    const databaseBytes = await sizeOfDatabase(dataDir);
    const full = await residentAfterOneWeek(dataDir);
    const empty = await residentAfterOneWeek(undefined);
    if (full.visits < Math.min(perWeek, options.bookings)) {
      throw new Error(`the agenda week showed ${full.visits} visits, expected at least ${perWeek}`);
    }
    return {
      name: `Server memory (RSS) with ${options.bookings.toLocaleString('en')} stored bookings, after one agenda week`,
      value: formatMiB(full.rssBytes),
      baseline: formatMiB(empty.rssBytes),
      ratio: full.rssBytes / empty.rssBytes,
      note:
        `baseline: same server, empty DATA_DIR; ${full.visits} vs ${empty.visits} visits in the week; ` +
        `peak ${formatMiB(full.peakBytes)} vs ${formatMiB(empty.peakBytes)}; ` +
        `one GET of the week ${formatMs(full.agendaMs)} vs ${formatMs(empty.agendaMs)} (median of 4, uncompressed); ` +
        `database ${formatMiB(databaseBytes)} (filled in ${(fillMs / 1_000).toFixed(1)} s); ` +
        `read ${settleMs / 1_000} s after the last request`,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Writes `count` slot-booked notifications into the inbox and processes them; returns ms. */
async function fillDataDir(dataDir: string, count: number): Promise<number> {
  const started = performance.now();
  const store = openStore(dataDir);
  try {
    const processor = createProcessor({
      store,
      logger: createLogger('silent'),
      onChanged: () => {},
      batchSize: 1_000,
    });
    const weeks = Math.ceil(count / perWeek);
    // Booked a month ago: their payment windows are long settled, as in a clinic's steady state.
    const bookedAt = new Date(Date.now() - 30 * 24 * 3600_000).toISOString();
    const series = {
      firstMonday: currentWeek().monday.subtract({ weeks: Math.floor(weeks / 2) }),
      perWeek,
      idBase: 600_000_000,
      bookedAt,
    };
    const batch = 5_000;
    for (let first = 0; first < count; first += batch) {
      const last = Math.min(count, first + batch);
      await store.transaction(async () => {
        for (let index = first; index < last; index += 1) {
          await store.inbox.append('push', slotBookedBody(series, index), bookedAt);
        }
      });
      await processor.processPending();
    }
    const stored = await store.bookings.count();
    if (stored < count) {
      throw new Error(`only ${stored} of ${count} bookings were stored`);
    }
  } finally {
    await store.close();
  }
  return performance.now() - started;
}

async function sizeOfDatabase(dataDir: string): Promise<number> {
  let bytes = 0;
  for (const suffix of ['', '-wal', '-shm']) {
    bytes += await stat(join(dataDir, `agenda.sqlite${suffix}`)).then(
      (file) => file.size,
      () => 0,
    );
  }
  return bytes;
}

/** Starts the server (on `dataDir`, or a fresh one), loads this week 5 times, reads its RSS. */
async function residentAfterOneWeek(dataDir: string | undefined) {
  const server = await startProductionServer({
    env: pushModeEnv,
    ...(dataDir ? { dataDir } : {}),
  });
  try {
    const week = currentWeek();
    const url = `${server.url}/api/agenda?from=${encodeURIComponent(week.from)}&to=${encodeURIComponent(week.to)}`;
    const session = await signInApi(server.url, 'reception');
    let visits = 0;
    const times: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const sent = performance.now();
      const response = await getRaw(url, { accept: 'application/json', cookie: session.cookie });
      times.push(performance.now() - sent);
      if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
      visits = (JSON.parse(response.body.toString('utf8')) as { visits: unknown[] }).visits.length;
    }
    await new Promise((wake) => setTimeout(wake, settleMs));
    const status = await readFile(`/proc/${server.pid}/status`, 'utf8');
    return {
      visits,
      // The first one syncs the week with the sandbox; the median of the others is from the store.
      agendaMs: median(times.slice(1)),
      rssBytes: kibibytes(status, 'VmRSS'),
      peakBytes: kibibytes(status, 'VmHWM'),
    };
  } catch (error) {
    throw new Error(`${String(error)}\n--- server output ---\n${server.output()}`);
  } finally {
    await server.stop();
  }
}

function kibibytes(procStatus: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(procStatus);
  if (!match) throw new Error(`no ${field} in /proc/<pid>/status`);
  return Number(match[1]) * 1024;
}
