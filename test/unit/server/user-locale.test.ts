// The page is served in the user's language: chosen (remembered on the server, so every device
// opens in it), else the browser's Accept-Language, else the clinic's. Choosing is a signed-in,
// CSRF-protected request with a clear error for a language the agenda does not speak.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionSchema } from '../../../src/shared/api/auth.ts';
import { buildTestApp } from '../../support/server-app.ts';

let distDir: string;
const page =
  '<!doctype html>\n<html lang="en">\n<head><title>Online Agenda</title></head><body></body></html>';

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'user-locale-'));
  await mkdir(join(distDir, 'assets'));
  await writeFile(join(distDir, 'index.html'), page);
});
afterAll(() => rm(distDir, { recursive: true, force: true }));

function langOf(html: string): string | undefined {
  return html.match(/<html lang="([^"]*)">/)?.[1];
}

describe('the language of the page', () => {
  it('signed out: the browser’s language, else the clinic’s; varies on Accept-Language', async () => {
    const { app } = buildTestApp({ distDir, clinicLocale: 'pl' });
    const german = await app.request('/', { headers: { 'accept-language': 'de-DE,de;q=0.9' } });
    expect(langOf(await german.text())).toBe('de');
    expect(german.headers.get('vary')).toContain('Accept-Language');
    const french = await app.request('/', { headers: { 'accept-language': 'fr-FR' } });
    expect(langOf(await french.text())).toBe('pl');
    const none = await app.request('/payments');
    expect(langOf(await none.text())).toBe('pl');
  });

  it('a user’s choice wins over the browser, is remembered and comes back with the session', async () => {
    const { app, request, sessionFor } = buildTestApp({ distDir, clinicLocale: 'en' });
    const before = await request('/', { headers: { 'accept-language': 'es' } }, 'reception');
    expect(langOf(await before.text())).toBe('es');

    const chosen = await request(
      '/api/auth/locale',
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locale: 'cs' }),
      },
      'reception',
    );
    expect(chosen.status).toBe(200);
    expect(sessionSchema.parse(await chosen.json()).user.locale).toBe('cs');

    const after = await request('/', { headers: { 'accept-language': 'es' } }, 'reception');
    expect(langOf(await after.text())).toBe('cs');
    const session = await app.request('/api/auth/session', {
      headers: { cookie: (await sessionFor('reception')).cookie },
    });
    expect(sessionSchema.parse(await session.json()).user.locale).toBe('cs');
  });

  it('refuses a language the agenda does not speak, a body that is not JSON, and no session', async () => {
    const { app, request } = buildTestApp({ distDir });
    const put = (body: string) =>
      request(
        '/api/auth/locale',
        { method: 'PUT', headers: { 'content-type': 'application/json' }, body },
        'doctor',
      );
    const french = await put(JSON.stringify({ locale: 'fr' }));
    expect(french.status).toBe(400);
    const error = ((await french.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('invalid_body');
    expect(error.message).toMatch(/locale/);
    expect(error.message).toMatch(/en, pl, es, it, pt-BR, de, tr, cs/);
    expect((await put('{not json')).status).toBe(400);
    const anonymous = await app.request('/api/auth/locale', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'pl' }),
    });
    expect(anonymous.status).toBe(401);
  });
});
