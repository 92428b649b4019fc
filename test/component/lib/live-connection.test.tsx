// The live stream wrapper: events checked against the contract, the clock synced, and a
// connection state that goes live → reconnecting → offline and back, resuming where it stopped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectLive } from '../../../src/web/lib/live-connection.ts';
import { createServerClock } from '../../../src/web/lib/server-clock.ts';
import { buildOnlineVisit } from '../../fixtures/agenda.ts';
import { FakeLiveSource } from '../live-source.ts';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
  FakeLiveSource.opened = [];
});

afterEach(() => {
  vi.useRealTimers();
});

function connect(overrides: Partial<Parameters<typeof connectLive>[0]> = {}) {
  const onVisit = vi.fn();
  const onReminders = vi.fn();
  const onReset = vi.fn(async () => 99);
  const clock = createServerClock();
  const connection = connectLive({
    since: 7,
    handlers: { onVisit, onReminders, onReset },
    openSource: FakeLiveSource.open,
    clock,
    ...overrides,
  });
  return { connection, onVisit, onReminders, onReset, clock };
}

describe('live connection', () => {
  it('starts at the agenda cursor and hands over each valid visit with its change number', () => {
    const { connection, onVisit } = connect();
    const source = FakeLiveSource.last();
    expect(source.url).toBe('/api/live?since=7');
    source.connect();
    expect(connection.status.getState().state).toBe('live');

    const visit = buildOnlineVisit({ id: 'v-live' });
    source.emit('visit', { visit }, 8);
    expect(onVisit).toHaveBeenCalledWith(visit, 8);

    // Not the contract: ignored, never handed over.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    source.emit('visit', { visit: { id: 'broken' } }, 9);
    source.emit('visit', 'not json', 10);
    expect(onVisit).toHaveBeenCalledTimes(1);
    connection.close();
  });

  it('passes the reminders list on and follows the server clock from heartbeats', () => {
    const { connection, onReminders, clock } = connect();
    const source = FakeLiveSource.last();
    source.emit('reminders', { reminders: [] });
    expect(onReminders).toHaveBeenCalledWith([]);

    source.emit('heartbeat', { at: '2026-11-24T15:00:00.000Z', speed: 60 });
    expect(clock.now()).toBe(Date.parse('2026-11-24T15:00:00Z'));
    vi.advanceTimersByTime(1000);
    // One real second is a minute on a clock running 60 times faster.
    expect(clock.now()).toBe(Date.parse('2026-11-24T15:01:00Z'));
    expect(connection.status.getState().lastMessageAtMs).toBe(Date.parse('2026-11-24T15:00:00Z'));
    connection.close();
  });

  it('says reconnecting when the stream breaks, offline after a while, and live again', () => {
    const { connection } = connect({ offlineAfterMs: 10_000 });
    const source = FakeLiveSource.last();
    source.connect();
    source.fail();
    expect(connection.status.getState()).toMatchObject({
      state: 'reconnecting',
      lostAtMs: Date.parse('2026-11-24T12:00:00Z'),
    });
    vi.advanceTimersByTime(10_000);
    expect(connection.status.getState().state).toBe('offline');

    // The browser's own retry got through.
    source.connect();
    expect(connection.status.getState()).toMatchObject({ state: 'live', lostAtMs: null });
    connection.close();
  });

  it('reopens from the last change after 45 s of silence', () => {
    const { connection } = connect();
    const first = FakeLiveSource.last();
    first.connect();
    first.emit('visit', { visit: buildOnlineVisit() }, 41);
    vi.advanceTimersByTime(44_999);
    expect(FakeLiveSource.opened).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(first.closed).toBe(true);
    expect(connection.status.getState().state).toBe('reconnecting');
    vi.advanceTimersByTime(1);
    expect(FakeLiveSource.last().url).toBe('/api/live?since=41');
    connection.close();
  });

  it('keeps a heartbeating stream open', () => {
    const { connection } = connect();
    const source = FakeLiveSource.last();
    for (let beat = 0; beat < 10; beat += 1) {
      vi.advanceTimersByTime(15_000);
      source.emit('heartbeat', { at: new Date().toISOString(), speed: 1 });
    }
    expect(FakeLiveSource.opened).toHaveLength(1);
    expect(connection.status.getState().state).toBe('live');
    connection.close();
  });

  it('on reset reloads, then resumes from the new cursor', async () => {
    const { connection, onReset } = connect();
    const first = FakeLiveSource.last();
    first.emit('reset', { reason: 'The changes since your last visit are no longer kept.' });
    expect(first.closed).toBe(true);
    expect(onReset).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeLiveSource.last().url).toBe('/api/live?since=99');
    connection.close();
  });

  it('reopens by itself, backing off, when the stream is closed for good', () => {
    const { connection } = connect();
    FakeLiveSource.last().fail(2);
    expect(FakeLiveSource.opened).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(FakeLiveSource.opened).toHaveLength(2);
    FakeLiveSource.last().fail(2);
    vi.advanceTimersByTime(1000);
    expect(FakeLiveSource.opened).toHaveLength(2);
    vi.advanceTimersByTime(1000);
    expect(FakeLiveSource.opened).toHaveLength(3);
    connection.close();
  });
});
