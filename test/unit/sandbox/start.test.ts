// One pass through a real socket: what the BFF does when it embeds the sandbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox/start.ts';
import { successMediaType } from '../../../src/shared/docplanner/common.ts';
import { facilitiesSchema } from '../../../src/shared/docplanner/facility.ts';
import { tokenResponseSchema } from '../../../src/shared/docplanner/token.ts';
import { wednesdayMorning } from './sandbox-client.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 1, now: () => wednesdayMorning });
});
afterAll(async () => {
  await sandbox.close();
});

describe('startSandbox', () => {
  it('listens on an ephemeral localhost port and hands out its credentials', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox).toMatchObject({ clientId: 'sandbox-client', clientSecret: 'sandbox-secret' });
  });

  it('serves a token and the facilities over HTTP', async () => {
    const tokenResponse = await fetch(`${sandbox.url}/oauth/v2/token`, {
      method: 'POST',
      headers: { Authorization: `Basic ${btoa(`${sandbox.clientId}:${sandbox.clientSecret}`)}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'integration' }),
    });
    const token = tokenResponseSchema.parse(await tokenResponse.json());
    const response = await fetch(`${sandbox.url}/api/v3/integration/facilities`, {
      headers: { Authorization: `Bearer ${token.access_token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(successMediaType);
    expect(facilitiesSchema.parse(await response.json())._items[0]?.name).toBe(
      'Medical Clinic "Test"',
    );
  });

  it('closes, after which the port refuses connections', async () => {
    const extra = await startSandbox();
    await extra.close();
    await expect(fetch(`${extra.url}/_sandbox/clock`)).rejects.toThrow();
  });
});
