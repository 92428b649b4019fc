// Fixtures for browser tests: each test file gets its own production server (with the embedded
// sandbox) and Chromium; each test gets a fresh browser context, so no test sees another's state.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { type ProductionServer, startProductionServer } from '../support/production-server.ts';

/** Screenshots of every run go here (gitignored), for a person to look at. */
export const resultsDir = resolve(import.meta.dirname, '../../test-results');

interface FixtureTools {
  onCleanup: (cleanup: () => Promise<void>) => void;
}

/** A file-scoped production server started with extra environment (none by default). */
function productionServerWith(env: Record<string, string> = {}) {
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  return async ({}: object, { onCleanup }: FixtureTools) => {
    const server = await startProductionServer({ env });
    onCleanup(() => server.stop());
    return server;
  };
}

// biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
async function chromiumBrowser({}: object, { onCleanup }: FixtureTools) {
  const browser = await launchChromium();
  onCleanup(() => browser.close());
  return browser;
}

async function freshPage(
  { browser, server }: { browser: Browser; server: ProductionServer },
  { onCleanup }: FixtureTools,
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    // The agenda's service worker would answer the page's requests itself, out of reach of
    // `page.route` (which tests use to fail the server on purpose); the offline test allows it.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // An exception in the page fails the test with its message, instead of a timeout later on.
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  onCleanup(async () => {
    await context.close();
    if (pageErrors.length > 0) {
      throw new Error(
        `the page threw ${pageErrors.length} uncaught error(s):\n${pageErrors.map((error) => `  ${error.stack ?? error.message}`).join('\n')}`,
      );
    }
  });
  return page;
}

/**
 * The fixtures with the file's server started with extra environment, e.g.
 * `testWithServerEnv({ NOTIFICATIONS_MODE: 'push' })` — one server per file, so one setting too.
 */
export function testWithServerEnv(env: Record<string, string>) {
  return base
    .extend('server', { scope: 'file' }, productionServerWith(env))
    .extend('browser', { scope: 'file' }, chromiumBrowser)
    .extend('page', freshPage);
}

export const test = testWithServerEnv({});

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const path = resolve(resultsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The embedded sandbox's address, from the server's first log lines. */
export function sandboxUrlOf(server: ProductionServer): string {
  const match = /"sandbox":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(server.output());
  if (!match?.[1])
    throw new Error(`the server did not say where its sandbox is:\n${server.output()}`);
  return match[1];
}

/** Calls the sandbox's control API (`/_sandbox/...`). */
export async function sandboxControl(
  sandboxUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${sandboxUrl}/_sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`sandbox ${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/**
 * Moves the sandbox's clock and waits until the agenda server follows it (it reads the sandbox's
 * clock every second), so that pages loaded afterwards live at that time.
 */
export async function setSandboxClock(
  server: ProductionServer,
  session: { headers: Record<string, string> },
  nowIso: string,
): Promise<void> {
  await sandboxControl(sandboxUrlOf(server), 'POST', '/clock', { now: nowIso });
  const target = Date.parse(nowIso);
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${server.url}/api/settings`, { headers: session.headers });
    const settings = (await response.json()) as { clock: { now: string } };
    if (Math.abs(Date.parse(settings.clock.now) - target) < 5_000) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the agenda server did not follow the sandbox clock');
}
