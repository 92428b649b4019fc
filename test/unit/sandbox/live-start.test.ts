// startSandbox with the marketplace on a fast clock, over a real socket: events arrive by
// themselves, pushed to a receiver the BFF would own.
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox/start.ts';
import { checkEvent } from './notification-wire.ts';
import { type Receiver, startReceiver } from './push-receiver.ts';

let sandbox: RunningSandbox | undefined;
let receiver: Receiver | undefined;
afterEach(async () => {
  await sandbox?.close();
  await receiver?.close();
});

describe('startSandbox with a living marketplace', () => {
  it('pushes marketplace events on its own as sandbox time runs fast', async () => {
    sandbox = await startSandbox({
      seed: 5,
      now: () => new Date(),
      marketplace: { enabled: true, eventsPerHour: 60, clockSpeed: 3600 },
    });
    receiver = await startReceiver();
    const delivery = await fetch(`${sandbox.url}/_sandbox/notifications/delivery`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'push', url: receiver.url }),
    });
    expect(delivery.status).toBe(204);
    const deadline = Date.now() + 3_000;
    while (receiver.bodies.length < 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(receiver.bodies.length).toBeGreaterThanOrEqual(3);
    for (const body of receiver.bodies) checkEvent(JSON.parse(body));
    const clock = (await (await fetch(`${sandbox.url}/_sandbox/clock`)).json()) as {
      speed: number;
    };
    expect(clock.speed).toBe(3600);
  });

  it('keeps the marketplace off by default', async () => {
    sandbox = await startSandbox({ seed: 1 });
    const settings = await (await fetch(`${sandbox.url}/_sandbox/marketplace`)).json();
    expect(settings).toMatchObject({ enabled: false });
  });
});
