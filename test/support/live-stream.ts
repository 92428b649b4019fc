// A server's live stream (GET /api/live) read the way a browser's EventSource does, each event
// stamped with performance.now() on arrival: for tests and the bench that follow changes live.
export interface LiveEvent {
  event: string;
  id: string | undefined;
  data: string;
  /** performance.now() when its bytes arrived. */
  at: number;
}

export type VisitEvent = LiveEvent & { bookingId: string };

export interface LiveStream {
  events: LiveEvent[];
  /** The visit events, with their booking id. */
  visits: () => VisitEvent[];
  /** Resolves with the visit event of `bookingId` as soon as it arrives (or has arrived). */
  visitOf: (bookingId: string, timeoutMs?: number) => Promise<VisitEvent>;
  close: () => void;
}

function asVisit(event: LiveEvent): VisitEvent {
  return { ...event, bookingId: (JSON.parse(event.data) as { visit: { id: string } }).visit.id };
}

export async function openLiveStream(
  serverUrl: string,
  headers: Record<string, string>,
): Promise<LiveStream> {
  const abort = new AbortController();
  const response = await fetch(`${serverUrl}/api/live`, {
    headers: { ...headers, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  if (response.status !== 200 || !response.body) {
    throw new Error(`GET /api/live answered ${response.status}: ${await response.text()}`);
  }
  const events: LiveEvent[] = [];
  const waiters = new Set<(event: LiveEvent) => void>();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buffer += value;
        const frames = buffer.split(/\r?\n\r?\n/);
        buffer = frames.pop() ?? '';
        for (const frame of frames) {
          let event = 'message';
          let id: string | undefined;
          const data: string[] = [];
          for (const line of frame.split(/\r?\n/)) {
            const colon = line.indexOf(':');
            if (colon === 0) continue;
            const field = colon < 0 ? line : line.slice(0, colon);
            const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') event = text;
            else if (field === 'id') id = text;
            else if (field === 'data') data.push(text);
          }
          const parsed = { event, id, data: data.join('\n'), at };
          events.push(parsed);
          for (const waiter of [...waiters]) waiter(parsed);
        }
      }
    } catch {
      // Aborted by close(), or the server went away: the events so far stay readable.
    }
  })();
  return {
    events,
    visits: () => events.filter((event) => event.event === 'visit').map(asVisit),
    visitOf: (bookingId, timeoutMs = 10_000) => {
      const matches = (event: LiveEvent) =>
        event.event === 'visit' && asVisit(event).bookingId === bookingId;
      const already = events.find(matches);
      if (already) return Promise.resolve(asVisit(already));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no live event of ${bookingId} within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter = (event: LiveEvent) => {
          if (!matches(event)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(asVisit(event));
        };
        waiters.add(waiter);
      });
    },
    close: () => abort.abort(),
  };
}
