// Serves the production SPA from dist/: hashed assets cached for good, everything else falls
// back to index.html (never cached) so a deep link opens the app. For a signed-in user the page
// carries what it needs first (see page-bootstrap.ts); that copy is private and never stored.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono, type MiddlewareHandler } from 'hono';

export interface SpaOptions {
  /** Puts the signed-in user on the context (the API's session middleware). */
  readSession?: MiddlewareHandler;
  /** Elements for the page's `<head>` for this request (private to its user), or null. */
  headFor?: (c: Context) => string | null;
  /** The language of the page for this request (`<html lang>`, which the SPA starts in). */
  langFor?: (c: Context) => string;
}

export function spaRoutes(distDir: string, options: SpaOptions = {}) {
  const indexFile = path.join(distDir, 'index.html');
  const readSession: MiddlewareHandler = options.readSession ?? ((_c, next) => next());

  async function page(c: Context) {
    let html: string;
    try {
      html = await readFile(indexFile, 'utf8');
    } catch {
      return c.text(
        'The agenda has not been built yet: run `npm run build` (npm start does it for you).',
        503,
      );
    }
    const lang = options.langFor?.(c);
    if (lang) {
      html = html.replace(/<html\b[^>]*>/i, (tag) =>
        /\slang="[^"]*"/.test(tag)
          ? tag.replace(/\slang="[^"]*"/, ` lang="${lang}"`)
          : tag.replace(/^<html/i, `<html lang="${lang}"`),
      );
      c.header('vary', 'Accept-Language, Cookie');
    }
    const head = options.headFor?.(c) ?? null;
    if (head === null) {
      c.header('cache-control', 'no-cache');
      return c.html(html);
    }
    c.header('cache-control', 'no-store');
    c.header('vary', 'Accept-Language, Cookie');
    return c.html(html.replace('</head>', `${head}</head>`));
  }

  return (
    new Hono()
      // Set on the way out: serveStatic has built its response by the time `onFound` runs.
      .use('/assets/*', async (c, next) => {
        await next();
        if (c.res.ok) c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
      })
      .use('/assets/*', serveStatic({ root: distDir }))
      // A file of another build (a tab open across a redeploy asking for a screen it loads on
      // demand) is a plain 404, never index.html served as a script.
      .get('/assets/*', (c) => c.text('Not found', 404))
      .get('/', readSession, page)
      .get('/index.html', readSession, page)
      .use('*', serveStatic({ root: distDir }))
      .get('*', readSession, page)
  );
}
