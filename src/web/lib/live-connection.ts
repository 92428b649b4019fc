// The live stream (`GET /api/live`, server-sent events) as the page uses it: every event checked
// against the shared schemas, the server clock kept in sync, and a connection state a person can
// read — live, reconnecting, or offline since a given time. The browser's EventSource resends
// Last-Event-ID on its own retries; when we reopen it ourselves (silence, a closed stream) the
// last change number goes in `since`, so nothing is missed or repeated.
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  liveEventNames,
  liveHeartbeatSchema,
  liveHeartbeatSeconds,
  liveResetSchema,
  liveVisitEventSchema,
} from '../../shared/api/live.ts';
import { type ActiveReminder, remindersSchema } from '../../shared/api/reminders.ts';
import type { Visit } from '../../shared/api/visit.ts';
import { type ServerClock, serverClock } from './server-clock.ts';

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface LiveStatus {
  state: LiveState;
  /** Server time when the stream was lost (null while live). */
  lostAtMs: number | null;
  /** Server time of the last event of any kind (heartbeats included): the data's age. */
  lastMessageAtMs: number | null;
}

export interface LiveHandlers {
  /** A visit's whole current state; `changeSeq` is its change number. */
  onVisit: (visit: Visit, changeSeq: number | null) => void;
  onReminders?: (reminders: ActiveReminder[]) => void;
  /** A doctor's breaks changed: read them again. */
  onBreaks?: () => void;
  /** The stream cannot resume: reload the data and answer the new cursor to resume from. */
  onReset: () => Promise<number>;
}

/** The part of EventSource we use, so tests can drive a fake one. */
export interface LiveSource {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener: (type: string, listener: (event: MessageEvent<string>) => void) => void;
  close: () => void;
}

export interface LiveConnectionOptions {
  /** The agenda's `liveCursor`: where the first connection starts. */
  since: number;
  handlers: LiveHandlers;
  url?: string;
  openSource?: (url: string) => LiveSource;
  clock?: ServerClock;
  /** Reconnecting longer than this counts as offline. */
  offlineAfterMs?: number;
  /** No event for this long: the stream is dead even if the browser has not noticed. */
  silenceMs?: number;
}

export interface LiveConnection {
  status: StoreApi<LiveStatus>;
  close: () => void;
}

const closedState = 2; // EventSource.CLOSED, also where EventSource does not exist

function parse<T>(
  schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } },
  event: MessageEvent<string>,
): T | null {
  try {
    const result = schema.safeParse(JSON.parse(event.data));
    if (result.success) return result.data;
  } catch {
    // Not JSON: same as not matching.
  }
  console.warn('Ignored a live event that does not match the contract', event.type);
  return null;
}

export function connectLive(options: LiveConnectionOptions): LiveConnection {
  const {
    handlers,
    url = '/api/live',
    openSource = (address) => new EventSource(address) as LiveSource,
    clock = serverClock,
    offlineAfterMs = 10_000,
    silenceMs = 3 * liveHeartbeatSeconds * 1000,
  } = options;
  const status = createStore<LiveStatus>()(() => ({
    state: 'connecting',
    lostAtMs: null,
    lastMessageAtMs: null,
  }));

  let cursor = options.since;
  let source: LiveSource | null = null;
  let closed = false;
  let failures = 0;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  let offlineTimer: ReturnType<typeof setTimeout> | undefined;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;

  function armSilence() {
    clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => {
      lost();
      reopen(0);
    }, silenceMs);
  }

  function heard() {
    failures = 0;
    clearTimeout(offlineTimer);
    offlineTimer = undefined;
    status.setState({ state: 'live', lostAtMs: null, lastMessageAtMs: clock.now() });
    armSilence();
  }

  function lost() {
    const { state } = status.getState();
    if (state === 'reconnecting' || state === 'offline') return;
    status.setState({ state: 'reconnecting', lostAtMs: clock.now() });
    clearTimeout(offlineTimer);
    offlineTimer = setTimeout(() => status.setState({ state: 'offline' }), offlineAfterMs);
  }

  function reopen(delayMs: number) {
    source?.close();
    source = null;
    clearTimeout(reopenTimer);
    reopenTimer = setTimeout(open, delayMs);
  }

  function rememberCursor(event: MessageEvent<string>) {
    if (event.lastEventId && /^\d+$/.test(event.lastEventId)) cursor = Number(event.lastEventId);
  }

  function onClock(event: MessageEvent<string>) {
    const beat = parse(liveHeartbeatSchema, event);
    if (beat) clock.sync(beat.at, beat.speed);
    heard();
  }

  function open() {
    if (closed) return;
    const next = openSource(`${url}?since=${cursor}`);
    source = next;
    armSilence();
    next.onopen = () => heard();
    next.onerror = () => {
      if (source !== next) return;
      lost();
      // The browser retries by itself unless the stream is closed for good (e.g. an HTTP error).
      if (next.readyState === closedState) {
        failures += 1;
        reopen(Math.min(30_000, 1000 * 2 ** Math.min(failures - 1, 5)));
      }
    };
    next.addEventListener(liveEventNames.visit, (event) => {
      if (source !== next) return;
      rememberCursor(event);
      const data = parse(liveVisitEventSchema, event);
      if (data) handlers.onVisit(data.visit, event.lastEventId ? Number(event.lastEventId) : null);
      heard();
    });
    next.addEventListener(liveEventNames.reminders, (event) => {
      if (source !== next) return;
      const data = parse(remindersSchema, event);
      if (data) handlers.onReminders?.(data.reminders);
      heard();
    });
    next.addEventListener(liveEventNames.breaks, () => {
      if (source !== next) return;
      handlers.onBreaks?.();
      heard();
    });
    next.addEventListener(liveEventNames.heartbeat, (event) => {
      if (source === next) onClock(event);
    });
    next.addEventListener(liveEventNames.clock, (event) => {
      if (source === next) onClock(event);
    });
    next.addEventListener(liveEventNames.reset, (event) => {
      if (source !== next) return;
      parse(liveResetSchema, event);
      next.close();
      source = null;
      clearTimeout(silenceTimer);
      lost();
      handlers.onReset().then(
        (since) => {
          cursor = since;
          reopen(0);
        },
        () => reopen(5000),
      );
    });
  }

  open();
  return {
    status,
    close: () => {
      closed = true;
      source?.close();
      source = null;
      clearTimeout(silenceTimer);
      clearTimeout(offlineTimer);
      clearTimeout(reopenTimer);
    },
  };
}
