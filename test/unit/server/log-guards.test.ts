// Issue 21: untrusted names are logged escaped and cut; a warning that would repeat on every
// read is said once per key.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createProcessor } from '../../../src/server/ingest/processor.ts';
import { oncePerKey } from '../../../src/server/log/once-per-key.ts';
import { untrustedText } from '../../../src/server/log/untrusted-text.ts';
import { openStore } from '../../../src/server/store/store.ts';
import { notification } from '../../fixtures/notifications.ts';

describe('untrustedText', () => {
  it('escapes control characters and line separators, and cuts long text', () => {
    expect(untrustedText('slot-booked')).toBe('slot-booked');
    expect(untrustedText('a\nINFO forged line\r\u2028')).toBe(
      'a\\u000aINFO forged line\\u000d\\u2028',
    );
    expect(untrustedText('x'.repeat(500))).toBe(`${'x'.repeat(80)}…`);
  });
});

describe('oncePerKey', () => {
  it('says yes once per key, and forgets the oldest past its limit', () => {
    const first = oncePerKey(2);
    expect([first('a'), first('a'), first('b'), first('c'), first('a')]).toEqual([
      true,
      false,
      true,
      true,
      true,
    ]);
  });
});

describe('the processor’s log of an unknown notification', () => {
  it('writes the sender’s event name escaped and cut, on one line', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const store = openStore(':memory:');
    const name = `made-up\n{"level":30,"msg":"forged"}${'z'.repeat(300)}`;
    await store.inbox.append(
      'push',
      JSON.stringify(notification(name, '2026-11-20T09:00:05+01:00', {})),
      'now',
    );
    await createProcessor({
      store,
      logger: pino({ level: 'warn' }, sink),
      onChanged: () => {},
    }).processPending();
    const logged = lines.map((line) => JSON.parse(line) as { event?: string; msg: string });
    const line = logged.find((entry) => entry.event !== undefined);
    expect(line?.event).toBe(untrustedText(name));
    expect(line?.event?.length).toBeLessThan(120);
    expect(logged.some((entry) => entry.msg === 'forged')).toBe(false);
  });
});
