// 1,000 random malformed bodies through the real socket of the running server: each gets a 4xx
// JSON error and is dead-lettered, the server keeps answering and still ingests a good
// notification afterwards. (test/unit/server/webhook.test.ts does the same without a socket.)

import { describe, expect, it } from 'vitest';
import { slotBooked } from '../../fixtures/notifications.ts';
import { findFreePort } from '../../support/server-process.ts';
import { signInApi } from '../../support/staff-session.ts';
import {
  count,
  postWebhook,
  pushModeEnv,
  readDatabase,
  seededRandom,
  startedPerTest,
  waitFor,
} from './harness.ts';

const started = startedPerTest();

interface Malformed {
  kind: string;
  body: string | Uint8Array;
  contentType: string | null;
}

/** One malformed body of a random kind: not JSON, JSON that is not an object, or a bad envelope. */
function malformedBody(random: () => number): Malformed {
  const pick = <Item>(items: readonly Item[]): Item =>
    items[Math.floor(random() * items.length)] as Item;
  const text = (length: number, alphabet: string) =>
    Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const good = slotBooked({ id: `m${Math.floor(random() * 1e9)}` });
  const goodText = JSON.stringify(good);
  const kinds: (() => [string, string | Uint8Array])[] = [
    () => [
      'garbage',
      text(1 + Math.floor(random() * 300), '{}[]":,0123456789abcnulltrue \n\t\\é€\u0000'),
    ],
    () => ['truncated', goodText.slice(0, Math.floor(random() * (goodText.length - 1)))],
    () => ['empty', pick(['', ' ', '\n', '\r\n\r\n'])],
    () => ['xml', '<?xml version="1.0"?><notification name="slot-booked"/>'],
    () => ['form', 'name=slot-booked&created_at=2026-11-24T10%3A00%3A00%2B01%3A00'],
    () => ['trailing comma', `${goodText.slice(0, -1)},}`],
    () => [
      'invalid utf-8',
      Uint8Array.from({ length: 64 }, () => 0x80 + Math.floor(random() * 64)),
    ],
    () => ['deep nesting', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    () => ['big garbage', text(200_000, 'abcdefghij{}')],
    () => ['scalar', pick(['1', '-0.5e10', '"slot-booked"', 'null', 'true', 'false', '""'])],
    () => ['array', pick([JSON.stringify([good]), '[]', JSON.stringify([good, good])])],
    () => ['no name', JSON.stringify({ data: good.data, created_at: good.created_at })],
    () => [
      'bad name',
      JSON.stringify({ ...good, name: pick(['', 42, null, ['slot-booked'], { n: 1 }]) }),
    ],
    () => ['no data', JSON.stringify({ name: good.name, created_at: good.created_at })],
    () => ['bad data', JSON.stringify({ ...good, data: pick([null, [], 'x', 7, true]) })],
    () => ['no created_at', JSON.stringify({ name: good.name, data: good.data })],
    () => [
      'bad created_at',
      JSON.stringify({
        ...good,
        created_at: pick([
          'yesterday',
          '2026-11-24',
          '2026-11-24T10:00:00',
          '24.11.2026 10:00',
          1764000000,
          null,
          '2026-13-45T25:61:00+01:00',
        ]),
      }),
    ],
  ];
  const [kind, body] = pick(kinds)();
  const contentType = pick(['application/json', 'application/json', 'text/plain', null]);
  return { kind, body, contentType };
}

describe('webhook: 1,000 random malformed bodies', () => {
  it('answers each with a 4xx JSON error, dead-letters all, and keeps working', async () => {
    const dataDir = await started.dataDir();
    const server = await started.server({
      port: await findFreePort(),
      dataDir,
      env: pushModeEnv,
    });
    const url = server.url;

    const random = seededRandom(4);
    const bodies = Array.from({ length: 1000 }, () => malformedBody(random));
    const refusals: { kind: string; status: number; contentType: string; code: unknown }[] = [];
    let next = 0;
    // Sixteen senders at once, as a busy proxy in front of the server would.
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < bodies.length) {
          const sample = bodies[next++] as Malformed;
          const answer = await postWebhook(
            url,
            sample.body as string,
            sample.contentType ? { 'content-type': sample.contentType } : {},
          );
          refusals.push({
            kind: sample.kind,
            status: answer.status,
            contentType: answer.contentType,
            code: (answer.json as { error?: { code?: unknown } } | undefined)?.error?.code,
          });
        }
      }),
    );

    expect(refusals).toHaveLength(1000);
    const notRefused = refusals.filter(
      (refusal) =>
        refusal.status < 400 ||
        refusal.status > 499 ||
        !refusal.contentType.startsWith('application/json') ||
        typeof refusal.code !== 'string',
    );
    expect(notRefused, 'answers that are not a 4xx JSON error').toEqual([]);

    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    readDatabase(dataDir, (db) => {
      expect(count(db, 'SELECT count(*) AS n FROM dead_letters')).toBe(1000);
      expect(count(db, 'SELECT count(*) AS n FROM inbox')).toBe(0);
    });

    // A good notification after all that is taken and projected.
    const good = slotBooked({ id: '990000001' });
    const accepted = await postWebhook(url, JSON.stringify(good));
    expect(accepted.status).toBe(200);
    const session = await signInApi(url);
    const history = await waitFor('the good notification to be projected', async () => {
      const response = await fetch(`${url}/api/visits/990000001/history`, {
        headers: session.headers,
      });
      return response.status === 200
        ? ((await response.json()) as { entries: { event: string }[] })
        : undefined;
    });
    expect(history.entries.map((entry) => entry.event)).toEqual(['slot-booked']);
    await server.stop();
    console.info(
      `malformed: ${new Set(refusals.map((refusal) => refusal.kind)).size} kinds, statuses ${[
        ...new Set(refusals.map((refusal) => refusal.status)),
      ].join(', ')}`,
    );
  }, 60_000);
});
