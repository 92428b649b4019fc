// Regression: a patient booking without a start must find a slot where the service fits, not
// stop at the first free start whose 30′ visit would run into the doctor's next visit.
import { describe, expect, it } from 'vitest';
import { post } from './control-client.ts';
import { testSandbox } from './sandbox-client.ts';

describe('POST /_sandbox/marketplace/book without a start', () => {
  it('books seven online prepaid visits in a row (it used to get stuck on the seventh)', async () => {
    const sandbox = await testSandbox(new Date('2026-11-24T13:37:00+01:00'), 3);
    const starts: string[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await sandbox.app.request(
        '/_sandbox/marketplace/book',
        post({ online: true, prepaid: true }),
      );
      expect(response.status, await response.clone().text()).toBe(201);
      starts.push(((await response.json()) as { start: string }).start);
    }
    expect(new Set(starts).size).toBe(7);
  });
});
