// Serves the production SPA from dist/: hashed assets cached for good, everything else falls
// back to index.html (never cached) so a deep link opens the app.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

export function spaRoutes(distDir: string) {
  const indexFile = path.join(distDir, 'index.html');
  return new Hono()
    // Set on the way out: serveStatic has built its response by the time `onFound` runs.
    .use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
    })
    .use('/assets/*', serveStatic({ root: distDir }))
    // A file of another build (a tab open across a redeploy asking for a screen it loads on
    // demand) is a plain 404, never index.html served as a script.
    .get('/assets/*', (c) => c.text('Not found', 404))
    .use('*', serveStatic({ root: distDir }))
    .get('*', async (c) => {
      try {
        const html = await readFile(indexFile, 'utf8');
        c.header('cache-control', 'no-cache');
        return c.html(html);
      } catch {
        return c.text(
          'The agenda has not been built yet: run `npm run build` (npm start does it for you).',
          503,
        );
      }
    });
}
