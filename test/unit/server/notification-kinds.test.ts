// The one table of notification kinds against the spec it comes from: every callback the spec
// declares is in it and none more, each example body of the spec is read as its kind and
// interpreted without a dead letter, and what a kind refreshes reaches the processor's caller.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readNotificationBody } from '../../../src/server/ingest/notification-body.ts';
import { createProcessor } from '../../../src/server/ingest/processor.ts';
import { interpretNotification } from '../../../src/server/projection/observations-from-notification.ts';
import { openStore } from '../../../src/server/store/store.ts';
import {
  isKnownNotificationName,
  notificationKindOf,
  notificationKinds,
  notificationNames,
} from '../../../src/shared/docplanner/notification.ts';
import { notification, slotBooked } from '../../fixtures/docplanner/notifications.ts';

interface Callback {
  post: { requestBody: { content: { 'application/json': { examples: Record<string, Ref> } } } };
}
interface Ref {
  $ref: string;
}

const spec = parse(
  readFileSync(
    resolve(import.meta.dirname, '../../fixtures/docplanner/integrations-api.yml'),
    'utf8',
  ),
) as {
  paths: Record<string, { post: { callbacks: Record<string, Record<string, Callback>> } }>;
  components: {
    examples: Record<string, { value: unknown }>;
    schemas: { Notification: { properties: { name: { enum: string[] } } } };
  };
};

/** The spec's callbacks: name → the example bodies it gives for it. */
const callbacks = new Map(
  Object.values(spec.paths['/{client-endpoint-url}']?.post.callbacks ?? {}).flatMap((entry) =>
    Object.entries(entry).map(([name, callback]) => [
      name,
      Object.values(callback.post.requestBody.content['application/json'].examples).map(
        (ref) => spec.components.examples[ref.$ref.replace('#/components/examples/', '')]?.value,
      ),
    ]),
  ),
);

describe('the table of notification kinds', () => {
  it('holds exactly the callbacks the spec declares (more than its own enum lists)', () => {
    expect(callbacks.size).toBe(17);
    expect([...notificationNames].sort()).toEqual([...callbacks.keys()].sort());
    const enumerated = spec.components.schemas.Notification.properties.name.enum;
    expect(enumerated.length).toBeLessThan(callbacks.size);
    for (const name of enumerated) expect(isKnownNotificationName(name), name).toBe(true);
  });

  // The oracle is the spec's example, not the table: a body carrying a booking is about
  // bookings; any other is kept, and an address or break event has the clinic or breaks re-read.
  it.each([...callbacks])('reads and interprets every example body of %s', (name, bodies) => {
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      const read = readNotificationBody(JSON.stringify(body));
      if (!read.ok) throw new Error(`${name}: ${read.reason} ${read.issues}`);
      expect(read.event).toBe(name);
      expect(read.kind).toBe(notificationKindOf(name));
      const interpretation = interpretNotification(read);
      const data = read.notification.data;
      if ('visit_booking' in data || 'old_visit_booking' in data) {
        expect(interpretation.kind, JSON.stringify(interpretation)).toBe('bookings');
      } else {
        const refreshes = name.startsWith('address-')
          ? 'directory'
          : name.startsWith('break-')
            ? 'breaks'
            : null;
        expect(interpretation).toEqual({ kind: 'other', event: name, refreshes });
      }
    }
  });

  it('finds the seed spelling, and no name from Object', () => {
    const read = readNotificationBody(
      JSON.stringify({ ...slotBooked(), name: ' Booking-Cancelled ' }),
    );
    expect(read.ok && read.event).toBe('booking-canceled');
    expect(read.ok && read.kind).toBe(notificationKinds['booking-canceled']);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(isKnownNotificationName(name)).toBe(false);
      expect(notificationKindOf(name)).toBeUndefined();
      const unknown = readNotificationBody(JSON.stringify(notification(name, {})));
      expect(unknown.ok && interpretNotification(unknown)).toEqual({
        kind: 'unknown',
        event: name.toLowerCase(),
      });
    }
  });

  it('says why a body is not read, in the words kept with its dead letter', () => {
    expect(readNotificationBody('{')).toMatchObject({ ok: false, reason: 'not JSON' });
    expect(readNotificationBody('{"name":""}')).toMatchObject({
      ok: false,
      reason: 'not a notification',
      issues: expect.stringContaining('name'),
    });
  });
});

describe('what a kind refreshes', () => {
  it('reaches onRefresh once per batch and part, from the kinds that say so only', async () => {
    const store = openStore(':memory:');
    const refreshed: string[] = [];
    const processor = createProcessor({
      store,
      logger: pino({ level: 'silent' }),
      onChanged: () => {},
      onRefresh: (what) => refreshed.push(what),
    });
    const append = (name: string) =>
      store.inbox.append('push', JSON.stringify(notification(name, {})), 'now');
    for (const name of ['address-service-changed', 'address-assigned', 'break-created']) {
      await append(name);
    }
    await append('break-moved');
    await processor.processPending();
    expect(refreshed.sort()).toEqual(['breaks', 'directory']);

    refreshed.length = 0;
    for (const name of ['slot-booking', 'booking-moving', 'no-such-kind']) await append(name);
    await processor.processPending();
    expect(refreshed).toEqual([]);
    await store.close();
  });
});
