// A JSON answer serialised and gzipped once, then sent as bytes to every request that asks for
// the same thing (the agenda of a range, as one role sees it), until the answer changes.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Context } from 'hono';

const gzipAsync = promisify(gzip);

interface Prepared {
  json: string;
  /** The bytes every request is sent as they are (no copy per request). */
  gzipped: Promise<Uint8Array<ArrayBuffer>>;
}

/** Keeps the prepared bodies of `source` objects while the objects live (WeakMap). */
export function createPreparedJson<Source extends object>() {
  const prepared = new WeakMap<Source, Map<string, Prepared>>();

  function prepare(source: Source, view: string, build: () => unknown): Prepared {
    let views = prepared.get(source);
    if (!views) {
      views = new Map();
      prepared.set(source, views);
    }
    let body = views.get(view);
    if (!body) {
      const json = JSON.stringify(build());
      body = {
        json,
        gzipped: gzipAsync(json, { level: 6 }).then((buffer) => new Uint8Array(buffer)),
      };
      views.set(view, body);
    }
    return body;
  }

  return {
    async send(c: Context, source: Source, view: string, build: () => unknown): Promise<Response> {
      const body = prepare(source, view, build);
      c.header('content-type', 'application/json; charset=UTF-8');
      c.header('vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
        c.header('content-encoding', 'gzip');
        return c.body(await body.gzipped);
      }
      return c.body(body.json);
    },
  };
}
