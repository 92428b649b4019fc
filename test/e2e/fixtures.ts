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

// biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
async function productionServer({}: object, { onCleanup }: FixtureTools) {
  const server = await startProductionServer();
  onCleanup(() => server.stop());
  return server;
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

export const test = base
  .extend('server', { scope: 'file' }, productionServer)
  .extend('browser', { scope: 'file' }, chromiumBrowser)
  .extend('page', freshPage);

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const path = resolve(resultsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
