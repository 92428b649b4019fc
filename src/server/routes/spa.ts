// Serves the production SPA from dist/: hashed assets cached for good, everything else falls
// back to index.html (never cached) so a deep link opens the app.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

export function spaRoutes(distDir: string) {
  const indexFile = path.join(distDir, 'index.html');
  return new Hono()
    .use(
      '/assets/*',
      serveStatic({
        root: distDir,
        onFound: (_path, c) => {
          c.header('cache-control', 'public, max-age=31536000, immutable');
        },
      }),
    )
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
