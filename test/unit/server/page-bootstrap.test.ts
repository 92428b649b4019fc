// The page for a signed-in user carries its session, the settings and a preload of the week the
// agenda opens on; signed out it carries nothing. That copy is private: never stored by a cache.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaAddress,
  pageBootstrapElementId,
  pageBootstrapSchema,
} from '../../../src/shared/api/page-bootstrap.ts';
import { buildTestApp } from '../../support/server-app.ts';

let distDir: string;
const page = '<!doctype html><html><head><title>Online Agenda</title></head><body></body></html>';

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'page-bootstrap-'));
  await mkdir(join(distDir, 'assets'));
  await writeFile(join(distDir, 'index.html'), page);
});
afterAll(() => rm(distDir, { recursive: true, force: true }));

function bootstrapIn(html: string): unknown {
  const match = html.match(
    new RegExp(`<script type="application/json" id="${pageBootstrapElementId}">(.*?)</script>`),
  );
  return match ? JSON.parse(match[1] ?? '') : null;
}

describe('the page bootstrap', () => {
  it('gives a signed-in user the session, the settings and the first week, preloaded', async () => {
    // Monday 23 Nov 2026, 09:00 in Warsaw on the server clock of the test app.
    const { request, sessionFor } = buildTestApp({ distDir });
    for (const path of ['/', '/index.html', '/payments']) {
      const response = await request(path, {}, 'reception');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('vary')).toContain('Cookie');
      const html = await response.text();
      const bootstrap = pageBootstrapSchema.parse(bootstrapIn(html));
      expect(bootstrap.session).toEqual({
        user: {
          username: 'reception',
          displayName: 'reception',
          role: 'reception',
          doctorId: null,
          locale: null,
        },
        csrfToken: (await sessionFor('reception')).csrf,
      });
      expect(bootstrap.settings.timeZone).toBe('Europe/Warsaw');
      expect(bootstrap.firstWeek).toEqual({
        from: '2026-11-23T00:00:00+01:00',
        to: '2026-11-30T00:00:00+01:00',
      });
      // The preload is the very address the page's API client asks for.
      const address = agendaAddress(bootstrap.firstWeek);
      expect(address).toBe(
        '/api/agenda?from=2026-11-23T00%3A00%3A00%2B01%3A00&to=2026-11-30T00%3A00%3A00%2B01%3A00',
      );
      const href = address.replaceAll('&', '&amp;');
      expect(html).toContain(`<link rel="preload" href="${href}" as="fetch" crossorigin>`);
    }
  });

  it('gives a signed-out visitor the plain page, only its language set', async () => {
    const { request } = buildTestApp({ distDir });
    const response = await request('/', {}, null);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toBe(page.replace('<html>', '<html lang="en">'));
  });

  it('keeps a hostile display name inside the data: nothing closes the script element', async () => {
    const { request, store } = buildTestApp({ distDir });
    const name = '</script><script>alert(1)</script><!-- & \u2028';
    const user = await store.users.add(
      { username: 'mallory', displayName: name, role: 'reception', doctorId: null },
      'not-a-real-hash',
    );
    const session = await store.sessions.open(user.id, Date.now());
    const response = await request(
      '/',
      { headers: { cookie: `oa_session=${session.token}` } },
      null,
    );
    const html = await response.text();
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    const bootstrap = pageBootstrapSchema.parse(bootstrapIn(html));
    expect(bootstrap.session.user.displayName).toBe(name);
  });
});
