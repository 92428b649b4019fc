// A small closed-loop HTTP load generator for the BFF rows: `concurrency` clients, each sending
// its next request as soon as the previous one is answered, over keep-alive connections to
// 127.0.0.1, with a latency histogram. Bounded by a request count and a deadline, whichever
// comes first.
import { Agent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';

/** Log-linear buckets 1 % wide from 1 µs up: percentiles within 1 % in constant memory. */
export function createLatencyHistogram() {
  const growth = 1.01;
  const logGrowth = Math.log(growth);
  const counts = new Uint32Array(2_000); // 1.01^2000 µs is far beyond any timeout
  let count = 0;
  let maxMs = 0;
  let sumMs = 0;
  return {
    record(ms: number): void {
      const micros = Math.max(1, ms * 1_000);
      const bucket = Math.min(counts.length - 1, Math.floor(Math.log(micros) / logGrowth));
      counts[bucket] = (counts[bucket] ?? 0) + 1;
      count += 1;
      sumMs += ms;
      maxMs = Math.max(maxMs, ms);
    },
    /** The latency in ms below which `fraction` (0–1) of the recorded ones fall. */
    percentile(fraction: number): number {
      if (count === 0) return Number.NaN;
      const wanted = Math.ceil(fraction * count);
      let seen = 0;
      for (let bucket = 0; bucket < counts.length; bucket += 1) {
        seen += counts[bucket] ?? 0;
        if (seen >= wanted) return Math.min(maxMs, growth ** (bucket + 1) / 1_000);
      }
      return maxMs;
    },
    count: () => count,
    maxMs: () => maxMs,
    meanMs: () => (count === 0 ? Number.NaN : sumMs / count),
  };
}
export type LatencyHistogram = ReturnType<typeof createLatencyHistogram>;

export interface LoadRequest {
  method: 'GET' | 'POST';
  /** Path and query, e.g. `/api/agenda?from=…`. */
  path: string;
  headers?: OutgoingHttpHeaders;
  body?: Buffer;
}

export interface LoadOptions {
  /** e.g. `http://127.0.0.1:41234`. */
  origin: string;
  concurrency: number;
  /** Stop after this many requests in all… */
  maxRequests: number;
  /** …or once this long has passed (requests in flight still finish). */
  maxDurationMs: number;
  /** The `index`-th request (0-based, in the order they are sent). */
  request: (index: number) => LoadRequest;
  /** Anything else counts as a failure. */
  expectStatus?: number;
  /** A request not answered within this long fails. */
  requestTimeoutMs?: number;
  /**
   * Record into this histogram (e.g. one shared by interleaved rounds, or by runs against several
   * origins at once); a new one by default.
   */
  latency?: LatencyHistogram;
}

export interface LoadResult {
  requests: number;
  failures: number;
  /** The first few failures, for the report. */
  failureSamples: string[];
  elapsedMs: number;
  /** Requests answered as expected per second of elapsed time. */
  perSecond: number;
  /** Response bytes received (as on the wire, compressed if the server compressed). */
  bytes: number;
  latency: LatencyHistogram;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.origin);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latency = options.latency ?? createLatencyHistogram();
  const failureSamples: string[] = [];
  let next = 0;
  let failures = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + options.maxDurationMs;

  async function client(): Promise<void> {
    while (next < options.maxRequests && performance.now() < deadline) {
      const index = next;
      next += 1;
      const sent = performance.now();
      try {
        const answer = await send(agent, target, options.request(index), options.requestTimeoutMs);
        bytes += answer.bytes;
        if (answer.status === (options.expectStatus ?? 200)) {
          latency.record(performance.now() - sent);
        } else {
          failures += 1;
          if (failureSamples.length < 5) failureSamples.push(`#${index}: HTTP ${answer.status}`);
        }
      } catch (error) {
        failures += 1;
        if (failureSamples.length < 5) failureSamples.push(`#${index}: ${String(error)}`);
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: options.concurrency }, () => client()));
  } finally {
    agent.destroy();
  }
  const elapsedMs = performance.now() - started;
  return {
    requests: next,
    failures,
    failureSamples,
    elapsedMs,
    // Not from the histogram, which other runs may be recording into at the same time.
    perSecond: (next - failures) / (elapsedMs / 1_000),
    bytes,
    latency,
  };
}

interface Answer {
  status: number;
  bytes: number;
}

function send(agent: Agent, target: URL, load: LoadRequest, timeoutMs = 30_000): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: load.method,
        path: load.path,
        headers: {
          ...load.headers,
          ...(load.body ? { 'content-length': load.body.length } : {}),
        },
        timeout: timeoutMs,
      },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(load.body);
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** The body exactly as received: not decompressed. */
  body: Buffer;
}

/** One GET without decompression, to capture what a server puts on the wire. */
export function getRaw(url: string, headers: OutgoingHttpHeaders = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { headers, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      response.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer from ${url} in 30 s`)));
    outgoing.on('error', reject);
    outgoing.end();
  });
}
