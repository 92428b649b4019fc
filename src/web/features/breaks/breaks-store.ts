// The doctors' breaks for the range on screen. Read when the range changes and whenever the live
// stream says breaks changed; adding, moving and deleting show at once and go back, with
// Docplanner's reason, when refused.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AddBreakRequest, Break, Breaks } from '../../../shared/api/breaks.ts';
import type { InstantRange } from '../../lib/facility-time.ts';
import { reasonOf } from '../../lib/failure-text.ts';
import { type MessageId, t } from '../../lib/i18n/messages.ts';

export interface BreaksApi {
  load: (range: InstantRange, signal: AbortSignal) => Promise<Breaks>;
  add: (request: AddBreakRequest, key: string) => Promise<Break>;
  move: (pause: Break, to: { start: string; end: string }, key: string) => Promise<Break>;
  remove: (pause: Break, key: string) => Promise<void>;
}

export interface BreaksState {
  range: InstantRange | null;
  breaks: readonly Break[];
  // Sentences in the page's language, made when the read or change fails: the store lives in the
  // App, which a language switch mounts again.
  /** Why breaks could not be read, in a sentence; null when they are shown. */
  problem: string | null;
  /** Why the last change did not happen, in a sentence. */
  failure: string | null;
  show: (range: InstantRange) => void;
  reload: () => void;
  /** Each resolves true when Docplanner took the change, false when it went back. */
  add: (request: AddBreakRequest) => Promise<boolean>;
  move: (pause: Break, to: { start: string; end: string }) => Promise<boolean>;
  remove: (pause: Break) => Promise<boolean>;
  dismissFailure: () => void;
}

export type BreaksStore = StoreApi<BreaksState>;

export function createBreaksStore(
  api: BreaksApi,
  newKey: () => string = () => crypto.randomUUID(),
): BreaksStore {
  let inFlight: AbortController | null = null;
  /** Changes sent and not yet answered: a read that lands meanwhile keeps them drawn. */
  let changing = 0;
  return createStore<BreaksState>()((set, get) => {
    async function load(range: InstantRange) {
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      try {
        const { breaks } = await api.load(range, controller.signal);
        if (controller.signal.aborted || changing > 0) return;
        set({ breaks, problem: null });
      } catch (error) {
        if (controller.signal.aborted) return;
        set({ problem: t('breaks.problem.load', { reason: reasonOf(error) }) });
      } finally {
        if (inFlight === controller) inFlight = null;
      }
    }

    /** Draws `next` at once, sends the change, and puts back what was there when refused. */
    async function change(
      next: readonly Break[],
      send: () => Promise<unknown>,
      /** What did not happen: a message with the `{reason}`. */
      refused: MessageId,
    ): Promise<boolean> {
      const before = get().breaks;
      set({ breaks: next, failure: null });
      changing += 1;
      try {
        await send();
        return true;
      } catch (error) {
        set({ breaks: before, failure: t(refused, { reason: reasonOf(error) }) });
        return false;
      } finally {
        changing -= 1;
        if (changing === 0) get().reload();
      }
    }

    return {
      range: null,
      breaks: [],
      problem: null,
      failure: null,
      show: (range) => {
        const current = get().range;
        if (current && current.from === range.from && current.to === range.to) return;
        set({ range });
        void load(range);
      },
      reload: () => {
        const { range } = get();
        if (range) void load(range);
      },
      add: (request) => {
        const drawn: Break = { id: `adding-${newKey()}`, ...request };
        const key = newKey();
        return change([...get().breaks, drawn], () => api.add(request, key), 'breaks.failed.add');
      },
      move: (pause, to) => {
        const key = newKey();
        return change(
          get().breaks.map((other) => (other.id === pause.id ? { ...other, ...to } : other)),
          () => api.move(pause, to, key),
          'breaks.failed.move',
        );
      },
      remove: (pause) => {
        const key = newKey();
        return change(
          get().breaks.filter((other) => other.id !== pause.id),
          () => api.remove(pause, key),
          'breaks.failed.delete',
        );
      },
      dismissFailure: () => set({ failure: null }),
    };
  });
}
