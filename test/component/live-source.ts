// A stand-in for the browser's EventSource: tests push server-sent events into it by hand.
import type { LiveSource } from '../../src/web/lib/live-connection.ts';

export class FakeLiveSource implements LiveSource {
  static opened: FakeLiveSource[] = [];
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  readonly url: string;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(url: string) {
    this.url = url;
    FakeLiveSource.opened.push(this);
  }

  static open = (url: string): LiveSource => new FakeLiveSource(url);

  static last(): FakeLiveSource {
    const source = FakeLiveSource.opened.at(-1);
    if (!source) throw new Error('no live stream was opened');
    return source;
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  connect(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  emit(type: string, data: unknown, id?: number): void {
    const event = new MessageEvent<string>(type, {
      data: typeof data === 'string' ? data : JSON.stringify(data),
      lastEventId: id === undefined ? '' : String(id),
    });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  fail(readyState: 0 | 2 = 0): void {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
}
