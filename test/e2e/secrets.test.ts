// No secret reaches the browser: with the server in push mode and a known webhook secret, each
// role uses the app while every response the browser receives is recorded (bodies and headers,
// and the live stream for a few seconds); none of them, and no file of the built bundle, holds
// the webhook secret, the Docplanner client secret, or anything shaped like an OAuth token.
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { ProductionServer } from '../support/production-server.ts';
import { type DemoRole, signInApi, signInPage } from '../support/staff-session.ts';
import { sandboxControl, sandboxUrlOf, saveScreenshot, testWithServerEnv } from './fixtures.ts';
import { annaOnline, freeStarts, mondayMorning, patientBooks } from './prepaid-bookings.ts';

const webhookSecret = 'e2e-webhook-secret-do-not-leak-7f3a9c';
/** The embedded sandbox's client secret: the one the server uses to get its tokens. */
const clientSecret = 'sandbox-secret';
const secrets = [webhookSecret, clientSecret];

const test = testWithServerEnv({ NOTIFICATIONS_MODE: 'push', WEBHOOK_SECRET: webhookSecret });
const distDir = resolve(import.meta.dirname, '../../dist');

interface Received {
  url: string;
  text: string;
}

describe('no secret reaches the browser', () => {
  test('the sandbox issues tokens of the shape the search looks for', async ({ server }) => {
    const token = await sandboxToken(sandboxUrlOf(server));
    expect(tokenLike(`{"access_token":"${token}"}`)).toEqual([token]);
    // And the server really runs in push mode with our secret: the sandbox pushes to it.
    const delivery = (await sandboxControl(sandboxUrlOf(server), 'GET', '/notifications')) as {
      mode: string;
      url: string;
    };
    expect(delivery.mode).toBe('push');
    // Shown with its secret masked (issue 21): the path is ours, the secret is not in it.
    expect(delivery.url).toMatch(/\/webhooks\/docplanner\/…\(\d+ characters\)$/);
    expect(delivery.url).not.toContain(webhookSecret);
  });

  for (const role of ['doctor', 'reception', 'admin'] as const) {
    test(`not in any response ${role} receives, nor in the live stream`, async ({
      page,
      server,
    }) => {
      const received = recordResponses(page);
      await signInPage(page, role);
      await useTheApp(page, role);
      const live = await readLiveStream(page, server, 4_000);
      received.list.push({ url: '/api/live?since=0 (read for 4 s)', text: live });
      await received.settled();

      const urls = received.list.map((response) => new URL(response.url, server.url).pathname);
      expect(urls).toEqual(expect.arrayContaining(['/api/auth/session', '/api/settings']));
      expect(urls.some((path) => path.startsWith('/assets/'))).toBe(true);
      expect(live, 'the live stream said something').toMatch(/^(event|data|id):/m);
      for (const { url, text } of received.list) {
        for (const secret of secrets) {
          expect(text.includes(secret), `${secret} in ${url}`).toBe(false);
        }
        expect(tokenLike(text), `a token-like string in ${url}`).toEqual([]);
      }
    });
  }

  test('not in any file of the built bundle', async () => {
    const files = await filesUnder(distDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const secret of [...secrets, webhookSecret.slice(0, 12)]) {
        expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
      }
      expect(tokenLike(text), `a token-like string in ${file}`).toEqual([]);
    }
  });
});

/**
 * 40 hex digits, the shape of Docplanner's (and the sandbox's) access tokens. A commit hash in a
 * GitHub address (a library's source comment, in the source map) is not a token.
 */
function tokenLike(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<![0-9A-Za-z])[0-9a-fA-F]{40}(?![0-9A-Za-z])/g)) {
    const before = text.slice(Math.max(0, match.index - 120), match.index);
    if (/github\.com\/[\w.-]+\/[\w.-]+\/(tree|commit|blob)\/$/.test(before)) continue;
    found.push(match[0]);
  }
  return found;
}

/** Every response the page receives, body and headers; the live stream is read separately. */
function recordResponses(page: Page) {
  const list: Received[] = [];
  const pending: Promise<void>[] = [];
  const record = async (response: Response) => {
    const headers = JSON.stringify(await response.allHeaders());
    // An event stream never ends: its body is read by `readLiveStream`.
    if ((response.headers()['content-type'] ?? '').includes('text/event-stream')) {
      list.push({ url: response.url(), text: headers });
      return;
    }
    const body = await response.text().catch(() => '');
    list.push({ url: response.url(), text: `${headers}\n${body}` });
  };
  page.on('response', (response) => {
    pending.push(record(response));
  });
  return { list, settled: async () => void (await Promise.all(pending)) };
}

/** What each role does: the agenda, a card with its history, next week, and its own screens. */
async function useTheApp(page: Page, role: DemoRole): Promise<void> {
  await page.locator('[data-visit-id]').first().waitFor();
  await page.locator('.visit-block').first().click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Next / }).click();
  await page.getByRole('button', { name: /^Previous / }).click();
  await page.locator('[data-visit-id]').first().waitFor();
  if (role === 'doctor') {
    await page.getByRole('heading', { name: 'Today’s online visits' }).waitFor();
  } else {
    await page.getByRole('link', { name: 'Payments' }).click();
    await page.locator('tr[data-visit-id]').first().waitFor();
    // Checking one payment with Docplanner (POST /api/visits/:id/refresh), until it is done.
    const visitId = await page.locator('tr[data-visit-id]').first().getAttribute('data-visit-id');
    const check = page
      .locator(`tr[data-visit-id="${visitId}"]`)
      .getByRole('button', { name: /^Check payment of/ });
    const refreshed = page.waitForResponse((response) =>
      response.url().endsWith(`/api/visits/${visitId}/refresh`),
    );
    await check.click();
    expect((await refreshed).status()).toBe(200);
    await check.filter({ hasText: /^\s*Check\s*$/ }).waitFor();
    await page.getByRole('link', { name: '← Agenda' }).click();
  }
  if (role === 'admin') {
    await page.getByRole('link', { name: 'Addresses and services' }).click();
    await page.getByRole('heading', { name: 'Addresses and services', level: 1 }).waitFor();
    await page.getByRole('link', { name: '← Agenda' }).first().click();
  }
  await saveScreenshot(page, `secrets-${role}`);
}

/**
 * Reads the live stream from the start, in the page (so with the page's cookie) for `ms`, while
 * the sandbox books and pays a visit so that changes flow through the push webhook.
 */
async function readLiveStream(page: Page, server: ProductionServer, ms: number): Promise<string> {
  const reading = page.evaluate(async (readForMs) => {
    const response = await fetch('/api/live?since=0');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const stop = setTimeout(() => void reader.cancel(), readForMs);
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    clearTimeout(stop);
    return text;
  }, ms);
  const sandbox = sandboxUrlOf(server);
  const session = await signInApi(server.url, 'reception');
  const monday = await mondayMorning(server, session);
  const [start] = await freeStarts(sandbox, annaOnline, monday.add({ days: 4 }), 1);
  const booked = await patientBooks(sandbox, {
    addressId: annaOnline.addressId,
    start: start!,
    prepaid: true,
  });
  await sandboxControl(sandbox, 'POST', `/bookings/${booked.bookingId}/payment`, {
    status: 'paid',
  });
  return reading;
}

async function sandboxToken(sandboxUrl: string): Promise<string> {
  const response = await fetch(`${sandboxUrl}/oauth/v2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `grant_type=client_credentials&client_id=sandbox-client&client_secret=${clientSecret}`,
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => resolve(entry.parentPath, entry.name));
}
