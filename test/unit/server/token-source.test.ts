import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTokenSource } from '../../../src/server/upstream/token-source.ts';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A token endpoint that counts its calls and checks the client_credentials request. */
async function tokenEndpoint(expiresIn: number) {
  const calls: { authorization: string | undefined; body: string }[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      calls.push({ authorization: request.headers.authorization, body });
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          access_token: `token-${calls.length}`,
          expires_in: expiresIn,
          token_type: 'bearer',
          scope: null,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, calls };
}

describe('createTokenSource', () => {
  it('asks with HTTP Basic and a client_credentials form, then reuses the token', async () => {
    const { origin, calls } = await tokenEndpoint(3600);
    const tokens = createTokenSource({ origin, clientId: 'me', clientSecret: 's3cret' });
    expect(await tokens.token()).toBe('token-1');
    expect(await tokens.token()).toBe('token-1');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.authorization).toBe(`Basic ${Buffer.from('me:s3cret').toString('base64')}`);
    expect(new URLSearchParams(calls[0]?.body)).toEqual(
      new URLSearchParams({ grant_type: 'client_credentials', scope: 'integration' }),
    );
  });

  it('fetches once for many simultaneous callers', async () => {
    const { origin, calls } = await tokenEndpoint(3600);
    const tokens = createTokenSource({ origin, clientId: 'me', clientSecret: 's' });
    const all = await Promise.all(Array.from({ length: 10 }, () => tokens.token()));
    expect(new Set(all)).toEqual(new Set(['token-1']));
    expect(calls).toHaveLength(1);
  });

  it('refreshes shortly before expires_in runs out, not after', async () => {
    const { origin, calls } = await tokenEndpoint(3600);
    let now = 0;
    const tokens = createTokenSource({ origin, clientId: 'me', clientSecret: 's', now: () => now });
    await tokens.token();
    now = 3600_000 - 61_000;
    expect(await tokens.token()).toBe('token-1');
    now = 3600_000 - 59_000;
    expect(await tokens.token()).toBe('token-2');
    expect(calls).toHaveLength(2);
  });

  it('fetches a new token after invalidate()', async () => {
    const { origin } = await tokenEndpoint(3600);
    const tokens = createTokenSource({ origin, clientId: 'me', clientSecret: 's' });
    await tokens.token();
    tokens.invalidate();
    expect(await tokens.token()).toBe('token-2');
  });
});
