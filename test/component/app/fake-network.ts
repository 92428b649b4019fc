// The faked network the whole-page tests run the page against: each test sets what the server
// answers (the last answer repeats; nothing set, the network refuses) and reads what was asked.
import { afterEach, beforeEach, vi } from 'vitest';
import { resetSettings } from '../../../src/web/lib/settings.ts';
import { fixtureNow } from '../../fixtures/agenda.ts';

export type FetchAnswer = () => Promise<Response>;

export const json = (status: number, body: unknown) => () =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
export const refused: FetchAnswer = () => Promise.reject(new TypeError('fetch failed'));

/** What the server answers next, and the addresses asked for so far, in order. */
export const network = { answers: [] as FetchAnswer[], requested: [] as string[] };

/** Registers the fake network (and the fixtures' "now") around each test of the file. */
export function fakeNetworkForEachTest() {
  beforeEach(() => {
    // The page opens on the week of "now": the fixtures' week, whatever the machine's date.
    vi.setSystemTime(fixtureNow);
    localStorage.clear();
    network.answers = [];
    network.requested = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((input: RequestInfo | URL) => {
        network.requested.push(input instanceof Request ? input.url : String(input));
        const next = network.answers.length > 1 ? network.answers.shift() : network.answers[0];
        return next ? next() : refused();
      }),
    );
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    resetSettings();
  });
}

/** The agenda block of this visit, once drawn. */
export async function waitForBlock(visitId: string): Promise<HTMLElement> {
  return vi.waitFor(
    () => {
      const block = document.querySelector<HTMLElement>(`[data-visit-id="${visitId}"]`);
      if (!block) throw new Error(`no block for ${visitId} yet`);
      return block;
    },
    { timeout: 3000 },
  );
}
