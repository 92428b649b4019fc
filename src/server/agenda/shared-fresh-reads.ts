// One read shared by the requests waiting for it, never one that began before a request came:
// fifty screens asking for the agenda at once cost one or two reads of the change log's latest
// number, and each still sees every change committed before it asked (on any instance).

/**
 * `read` wrapped so that callers share a read in flight only if it started after they called.
 * A caller arriving while a read runs waits for the next one, which starts when that one ends
 * and is shared by everyone who arrived meanwhile.
 */
export function sharedFreshReads<Value>(read: () => Promise<Value>): () => Promise<Value> {
  let running: Promise<Value> | null = null;
  let next: Promise<Value> | null = null;

  function start(): Promise<Value> {
    const started = read();
    running = started;
    const ended = () => {
      if (running === started) running = null;
    };
    started.then(ended, ended);
    return started;
  }

  return () => {
    if (!running) return start();
    next ??= running.then(
      () => {
        next = null;
        return start();
      },
      () => {
        next = null;
        return start();
      },
    );
    return next;
  };
}
