// The built SPA: hashed assets cached for good, deep links answered with index.html, and a file
// of another build a plain 404 (a tab open across a redeploy must not get HTML as a script).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spaRoutes } from '../../../src/server/routes/spa.ts';

let distDir: string;

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'spa-routes-'));
  await mkdir(join(distDir, 'assets'));
  await writeFile(join(distDir, 'index.html'), '<!doctype html><title>Online Agenda</title>');
  await writeFile(join(distDir, 'assets', 'index-abc123.js'), 'console.log(1)');
});
afterAll(() => rm(distDir, { recursive: true, force: true }));

describe('the SPA routes', () => {
  it('serves a built asset, cached for good', async () => {
    const response = await spaRoutes(distDir).request('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers an asset of another build with 404, not the page', async () => {
    const response = await spaRoutes(distDir).request('/assets/PaymentsBoard-old999.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<!doctype html>');
  });

  it('answers a deep link with index.html, never cached', async () => {
    const response = await spaRoutes(distDir).request('/payments');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Online Agenda</title>');
  });
});
