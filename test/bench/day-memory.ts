// "Page memory after a day of live changes": reception's agenda open on the real server, whose
// stand-alone sandbox plays a clinic's day (its marketplace: patients booking, paying, moving and
// cancelling, 120 changes an hour) with its clock running `speed` times faster, so `hours` of
// the day pass in minutes. The server pulls the changes and streams them to the page, and the
// page's clock follows the server's (its countdowns, reminders and now line run as fast). JS heap
// and DOM nodes after a forced garbage collection (CDP), at the start and at the end.
import type { CDPSession, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { startSandbox } from '../../src/sandbox/start.ts';
import { defaultFilters } from '../../src/web/features/agenda/agenda-filters.ts';
import { demoTimeZone } from '../fixtures/agenda.ts';
import { launchChromium } from '../support/chromium.ts';
import { startProductionServer } from '../support/production-server.ts';
import { signInApi } from '../support/staff-session.ts';
import { type BenchRow, formatMiB } from './table.ts';
import { receptionContext } from './view-on-screen.ts';

export interface DayMemoryOptions {
  hours: number;
  /** Sandbox seconds per real second. */
  speed: number;
}

interface PageMemory {
  heap: number;
  nodes: number;
  blocks: number;
}

const settleMs = 5_000;

export async function measureDayMemory(options: DayMemoryOptions): Promise<BenchRow> {
  const sandbox = await startSandbox({ port: 0, marketplace: { enabled: true } });
  const clock = (body: object) =>
    fetch(`${sandbox.url}/_sandbox/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((response) => {
      if (!response.ok) throw new Error(`sandbox clock: HTTP ${response.status}`);
    });
  // The working day from 08:00 (facility zone), today.
  const morning = Temporal.Now.plainDateISO(demoTimeZone)
    .toZonedDateTime({ timeZone: demoTimeZone, plainTime: Temporal.PlainTime.from('08:00') })
    .toString({ timeZoneName: 'never' });
  await clock({ now: morning });
  const server = await startProductionServer({ env: { SANDBOX_URL: sandbox.url } });
  const browser = await launchChromium();
  try {
    const { cookie } = await signInApi(server.url, 'reception');
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      ...receptionContext(server.url, cookie, defaultFilters),
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const cdp = await context.newCDPSession(page);
    const liveMessages = new Map<string, number>();
    cdp.on('Network.eventSourceMessageReceived', ({ eventName }) =>
      liveMessages.set(eventName, (liveMessages.get(eventName) ?? 0) + 1),
    );
    await cdp.send('Network.enable');
    await page.goto(`${server.url}/`);
    await page.locator('[data-visit-id]').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(settleMs);
    const start = await pageMemory(cdp, page);

    const realMs = (options.hours * 3_600_000) / options.speed;
    await clock({ speed: options.speed });
    await page.waitForTimeout(realMs);
    await clock({ speed: 1 });
    await page.waitForTimeout(settleMs);
    const end = await pageMemory(cdp, page);
    if (problems.length > 0) throw new Error(`page errors: ${problems.slice(0, 3).join('; ')}`);
    const changes = [...liveMessages]
      .filter(([name]) => name !== 'clock')
      .reduce((sum, [, count]) => sum + count, 0);
    if (changes === 0) throw new Error('no live change reached the page');
    const shown = (memory: PageMemory) =>
      `${formatMiB(memory.heap)}, ${memory.nodes.toLocaleString('en')} nodes`;
    return {
      name: `Page memory after ${options.hours} h of live changes (JS heap, DOM nodes)`,
      value: shown(end),
      baseline: shown(start),
      ratio: end.heap / start.heap,
      goal: '≤ 1.10× start',
      note: `ratio of JS heaps (nodes ${(end.nodes / start.nodes).toFixed(2)}×); baseline: the same page at the start; after a forced GC (CDP); reception's week, real server pulling the sandbox's marketplace (clock ×${options.speed}, ${Math.round(realMs / 1000)} s real): ${changes} live messages besides clock, blocks ${start.blocks} → ${end.blocks}`,
    };
  } finally {
    await browser.close();
    await server.stop();
    await sandbox.close();
  }
}

/** The page's JS heap in use and its DOM nodes, after two forced garbage collections. */
async function pageMemory(cdp: CDPSession, page: Page): Promise<PageMemory> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const blocks = await page.locator('[data-visit-id]').count();
  return { heap: usedSize, nodes, blocks };
}
