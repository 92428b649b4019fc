// "Webhook accepted → visible": the real server in push mode, the agenda open in Chromium signed
// in as reception, and one `slot-booked` notification at a time POSTed to the webhook; from the
// moment the webhook answered 200 until the booking's block (`[data-visit-id=<id>]`) is in the
// DOM. A MutationObserver in the page stamps each id as it appears (page wall clock, aligned to
// ours by a round-trip calibration). Baseline: the floor of browser↔server latency, a bare
// `GET /api/health` fetched from the page.
import { launchChromium } from '../support/chromium.ts';
import { startProductionServer } from '../support/production-server.ts';
import { signInPage } from '../support/staff-session.ts';
import {
  type BookingSeries,
  bookingId,
  currentWeek,
  slotBookedBody,
} from './booking-notifications.ts';
import type { BenchRow } from './table.ts';
import { formatMs } from './table.ts';
import { pushModeEnv, webhookPath } from './webhook-push.ts';

export interface LiveLatencyOptions {
  events: number;
  /** Not counted: the first ones also wait for the live stream to be connected. */
  warmup: number;
}

const perEventTimeoutMs = 5_000;
const firstEventTimeoutMs = 20_000;
const overallTimeoutMs = 120_000;

/** Wall clock with sub-millisecond resolution, comparable with the page's. */
const wallNow = () => performance.timeOrigin + performance.now();

interface PageWatch {
  /** Resolves with the page's wall-clock time the block appeared, or null after `timeoutMs`. */
  wait: (id: string, timeoutMs: number) => Promise<number | null>;
}

export async function measureLiveLatency(options: LiveLatencyOptions): Promise<BenchRow> {
  const browser = await launchChromium();
  const server = await startProductionServer({ env: pushModeEnv });
  try {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInPage(page, 'reception');
    await page.evaluate(installWatch);
    const offset = await calibrateClock(page);

    const week = currentWeek();
    const total = options.warmup + options.events;
    const series: BookingSeries = {
      firstMonday: week.monday,
      perWeek: total,
      idBase: 940_000_000,
      bookedAt: new Date().toISOString(),
    };
    const latencies: number[] = [];
    const floor: number[] = [];
    const missed: string[] = [];
    const deadline = performance.now() + overallTimeoutMs;
    for (let index = 0; index < total && performance.now() < deadline; index += 1) {
      const id = bookingId(series, index);
      const waiting = page.evaluate(
        ({ id, timeoutMs }) =>
          (window as unknown as { benchWatch: PageWatch }).benchWatch.wait(id, timeoutMs),
        { id, timeoutMs: index === 0 ? firstEventTimeoutMs : perEventTimeoutMs },
      );
      const response = await fetch(`${server.url}${webhookPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: slotBookedBody(series, index),
        signal: AbortSignal.timeout(perEventTimeoutMs),
      });
      const acceptedAt = wallNow();
      await response.arrayBuffer();
      if (response.status !== 200) {
        throw new Error(
          `webhook answered ${response.status} to booking ${id}\n${server.output().slice(-2000)}`,
        );
      }
      const seenAt = await waiting;
      if (index < options.warmup) {
        if (seenAt === null)
          throw new Error(
            `warm-up booking ${id} never showed up in the agenda${problems(pageErrors)}`,
          );
        continue;
      }
      if (seenAt === null) missed.push(id);
      else latencies.push(seenAt - offset.pageMinusOurs - acceptedAt);
      // The floor, interleaved so that machine load hits both alike.
      floor.push(await page.evaluate(healthRoundTrip));
    }
    const measured = latencies.length + missed.length;
    if (missed.length > 0 || measured < options.events) {
      throw new Error(
        `${measured} of ${options.events} events measured in ${overallTimeoutMs / 1000} s, ${missed.length} never showed up (${missed.slice(0, 5).join(', ')})${problems(pageErrors)}`,
      );
    }
    const ours = { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
    const bare = { p50: percentile(floor, 0.5), p95: percentile(floor, 0.95) };
    return {
      name: `Webhook accepted → visible in an open agenda, p50 / p95 of ${options.events}`,
      value: `${formatMs(ours.p50)} / ${formatMs(ours.p95)}`,
      baseline: `${formatMs(bare.p50)} / ${formatMs(bare.p95)}`,
      ratio: ours.p95 / bare.p95,
      goal: 'p95 ≤ 150 ms',
      note: `ratio of p95s; baseline: round trip of a bare GET /api/health fetched from the page (the browser↔server floor); sequential slot-booked pushes in the week on screen, reception signed in; min ${formatMs(Math.min(...latencies))}, max ${formatMs(Math.max(...latencies))}; clocks aligned ±${formatMs(offset.uncertainty)}. Polling integrations show a change after 30–60 s`,
    };
  } finally {
    await server.stop();
    await browser.close();
  }
}

function problems(pageErrors: string[]): string {
  return pageErrors.length > 0 ? `\npage errors: ${pageErrors.slice(0, 5).join('\n')}` : '';
}

/** In the page: stamps every `[data-visit-id]` the first time it appears. */
function installWatch() {
  const seen = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  const stamp = (element: Element, at: number) => {
    const id = element.getAttribute('data-visit-id');
    if (id === null || seen.has(id)) return;
    seen.set(id, at);
    waiters.get(id)?.(at);
    waiters.delete(id);
  };
  const scan = (root: Element, at: number) => {
    if (root.hasAttribute('data-visit-id')) stamp(root, at);
    for (const element of root.querySelectorAll('[data-visit-id]')) stamp(element, at);
  };
  new MutationObserver((records) => {
    const at = performance.timeOrigin + performance.now();
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) {
        stamp(record.target, at);
      }
      for (const node of record.addedNodes) if (node instanceof Element) scan(node, at);
    }
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-visit-id'],
  });
  scan(document.body, performance.timeOrigin + performance.now());
  const watch: PageWatch = {
    wait: (id, timeoutMs) =>
      new Promise((resolve) => {
        const at = seen.get(id);
        if (at !== undefined) return resolve(at);
        const timer = setTimeout(() => {
          waiters.delete(id);
          resolve(null);
        }, timeoutMs);
        waiters.set(id, (seenAt) => {
          clearTimeout(timer);
          resolve(seenAt);
        });
      }),
  };
  (window as unknown as { benchWatch: PageWatch }).benchWatch = watch;
}

async function healthRoundTrip(): Promise<number> {
  const start = performance.now();
  const response = await fetch('/api/health', { cache: 'no-store' });
  await response.text();
  return performance.now() - start;
}

/**
 * The page's wall clock minus ours, from the shortest of 20 round trips: the page's reading is
 * taken between our two, so the error is at most half that round trip.
 */
async function calibrateClock(page: import('playwright-core').Page) {
  let best = { pageMinusOurs: 0, uncertainty: Number.POSITIVE_INFINITY };
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const before = wallNow();
    const pageAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = wallNow();
    const uncertainty = (after - before) / 2;
    if (uncertainty < best.uncertainty) {
      best = { pageMinusOurs: pageAt - (before + after) / 2, uncertainty };
    }
  }
  return best;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1]!;
}
