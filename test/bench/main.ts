// `npm run bench`: how heavy and how fast our agenda is next to a bare FullCalendar page showing
// the same bookings. Runs after `vite build` (dist/) and builds the bare page itself.
// BENCH_RUNS (default 7) and BENCH_VISITS (default 500) tune it.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { startProductionServer } from '../support/production-server.ts';
import { assetSize } from './asset-size.ts';
import { buildBarePage } from './bare-build.ts';
import { serveStatic } from './static-server.ts';
import { type BenchRow, formatBytes, formatMs, renderTable } from './table.ts';
import { median, timeUntilOnScreen } from './time-on-screen.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const visits = Number(process.env.BENCH_VISITS ?? 500);

/** One element per booking on each page. */
const oursEventSelector = '[data-visit-id]';
const bareEventSelector = '.bench-event';

const rows: BenchRow[] = [];
const benchDir = resolve(repoRoot, '.bench');

const bareDir = await buildBarePage();
await mkdir(benchDir, { recursive: true });
const distDir = resolve(repoRoot, 'dist');
for (const extension of ['.js', '.css'] as const) {
  const ours = await assetSize(distDir, extension);
  const bare = await assetSize(bareDir, extension);
  const kind = extension === '.js' ? 'JS' : 'CSS';
  rows.push(
    {
      name: `Production ${kind}, raw`,
      value: formatBytes(ours.raw),
      baseline: formatBytes(bare.raw),
      ratio: ours.raw / bare.raw,
      note: `${ours.files} file(s)`,
    },
    {
      name: `Production ${kind}, gzip`,
      value: formatBytes(ours.gzip),
      baseline: formatBytes(bare.gzip),
      ratio: ours.gzip / bare.gzip,
    },
  );
}

const browser = await launchChromium();
const server = await startProductionServer();
const bareServer = await serveStatic(bareDir);
try {
  const ours = { url: `${server.url}/`, eventSelector: oursEventSelector, visits };
  const bare = { url: `${bareServer.url}/`, eventSelector: bareEventSelector, visits };
  // One warm-up each (disk cache of the OS, JIT of the Node side), then interleaved runs so
  // that drift in machine load hits both pages alike.
  await timeUntilOnScreen(browser, { ...ours, screenshotPath: resolve(benchDir, 'ours.png') });
  await timeUntilOnScreen(browser, { ...bare, screenshotPath: resolve(benchDir, 'bare.png') });
  const oursTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    oursTimes.push(await timeUntilOnScreen(browser, ours));
    bareTimes.push(await timeUntilOnScreen(browser, bare));
  }
  const oursMedian = median(oursTimes);
  const bareMedian = median(bareTimes);
  rows.push({
    name: `Time until ${visits} bookings are on screen (median of ${runs})`,
    value: formatMs(oursMedian),
    baseline: formatMs(bareMedian),
    ratio: oursMedian / bareMedian,
    note: `ours ${spread(oursTimes)}, bare ${spread(bareTimes)}`,
  });
} finally {
  await bareServer.stop();
  await server.stop();
  await browser.close();
}

console.log(renderTable(rows));
await writeFile(
  resolve(benchDir, 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), runs, visits, rows }, null, 2)}\n`,
);

function spread(times: number[]): string {
  return `${formatMs(Math.min(...times))}–${formatMs(Math.max(...times))}`;
}
