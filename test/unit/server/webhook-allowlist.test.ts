import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookAllowlist } from '../../../src/server/ingest/webhook-allowlist.ts';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

async function publishing(body: unknown) {
  server = createServer((request, response) => {
    if (request.url !== '/public/docs/public-ips.json') {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const logger = pino({ level: 'silent' });

describe('webhook allowlist', () => {
  it('allows only the addresses Docplanner publishes, IPv4-mapped IPv6 included', async () => {
    const origin = await publishing({ API: ['195.0.0.1', '195.0.0.2'] });
    const allowlist = createWebhookAllowlist({ source: { kind: 'docplanner', origin }, logger });
    await allowlist.refresh();
    expect(allowlist.allows('195.0.0.1')).toBe(true);
    expect(allowlist.allows('::ffff:195.0.0.2')).toBe(true);
    expect(allowlist.allows('10.0.0.9')).toBe(false);
    expect(allowlist.allows(undefined)).toBe(false);
  });

  it('refuses nobody until the first list arrives, and keeps the last list when a refresh fails', async () => {
    const origin = await publishing({ unexpected: true });
    const allowlist = createWebhookAllowlist({ source: { kind: 'docplanner', origin }, logger });
    await allowlist.refresh();
    expect(allowlist.allows('10.0.0.9')).toBe(true);
  });

  it('takes a fixed list as given', () => {
    const allowlist = createWebhookAllowlist({
      source: { kind: 'fixed', addresses: ['127.0.0.1'] },
      logger,
    });
    expect(allowlist.allows('127.0.0.1')).toBe(true);
    expect(allowlist.allows('127.0.0.2')).toBe(false);
  });
});
