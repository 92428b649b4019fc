// The page runs on the browser's own Temporal and fetches the polyfill only where the browser has
// none: here, Chromium without its Temporal still draws the week, opens a visit and shows times.
import { describe, expect } from 'vitest';
import { signInPage } from '../support/staff-session.ts';
import { test } from './fixtures.ts';

// The chunk of the package's self-contained script (vite.config.ts), named after its global.js.
const polyfillChunk = /\/assets\/global-[\w-]+\.js$/;

describe('Temporal in a real browser', () => {
  test('with its own Temporal, the page fetches no polyfill', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await signInPage(page, 'reception');
    await page.locator('[data-visit-id]').first().waitFor();
    expect(await page.evaluate(() => 'Temporal' in globalThis)).toBe(true);
    expect(fetched.filter((url) => polyfillChunk.test(url))).toEqual([]);
  });

  test('without one, the page fetches the polyfill and works on it', async ({ page }) => {
    await page.addInitScript(() => {
      delete (globalThis as { Temporal?: unknown }).Temporal;
    });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await signInPage(page, 'reception');
    await page.locator('[data-visit-id]').first().click();
    const card = page.getByRole('dialog');
    await card.waitFor();
    expect(await card.textContent()).toMatch(/\d{2}:\d{2}/);
    expect(fetched.filter((url) => polyfillChunk.test(url))).toHaveLength(1);
  });
});
