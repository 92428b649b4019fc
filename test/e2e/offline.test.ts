// The agenda installed and offline, in a real browser: a manifest and a service worker; with the
// network gone, a reload still shows the last synced week with a banner saying it is offline and
// since when, and the live indicator does not say live; back online it is live again; signing
// out leaves nothing of the user kept in the browser.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { signInApi, signInPage } from '../support/staff-session.ts';
import { saveScreenshot, test } from './fixtures.ts';
import { mondayMorning } from './prepaid-bookings.ts';

async function visitIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-visit-id]')
    .evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-visit-id') ?? ''));
  return [...new Set(ids)].sort();
}

/** What the service worker keeps: the addresses in its caches. */
async function keptAddresses(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const kept: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith('agenda-')) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) kept.push(new URL(request.url).pathname);
    }
    return kept;
  });
}

describe('the agenda offline', () => {
  test('installable; the last synced week readable offline, said to be offline; nothing kept after sign-out', async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1440, height: 900 },
      locale: 'en-GB',
      serviceWorkers: 'allow',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await mondayMorning(server, await signInApi(server.url, 'doctor'));
    const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: 'Online Agenda', display: 'standalone' });
    expect(manifest.icons.some((icon: { sizes: string }) => icon.sizes === '512x512')).toBe(true);

    await signInPage(page, 'doctor');
    await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
    // The worker takes over the page once installed; from then on it keeps what the page reads.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload();
    await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
    await page.locator('[data-visit-id]').first().waitFor();
    const online = await visitIds(page);
    expect(online.length).toBeGreaterThan(0);
    await expect.poll(() => keptAddresses(page)).toContain('/api/agenda');
    expect(await page.getByText(/^Offline/).count()).toBe(0);

    await page.context().setOffline(true);
    await page.getByText(/^Offline — last synced \d\d:\d\d/).waitFor();
    await page.reload();
    await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
    await page.locator('[data-visit-id]').first().waitFor();
    expect(await visitIds(page), 'the same visits as last online').toEqual(online);
    await page.getByText(/^Offline — last synced \d\d:\d\d/).waitFor();
    await expect.poll(() => page.locator('.connection__text').textContent()).not.toMatch(/^Live$/);
    await saveScreenshot(page, 'offline-doctor-week');

    await page.context().setOffline(false);
    await page.getByText('Live', { exact: true }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByText(/^Offline/).count(), { timeout: 20_000 }).toBe(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('User name').waitFor();
    expect(await keptAddresses(page), 'nothing of the user kept after signing out').not.toEqual(
      expect.arrayContaining(['/api/agenda']),
    );
    expect(await keptAddresses(page)).not.toContain('/');
    await context.close();
  });
});
