// The first week's agenda asked for as the page starts: the agenda store's first load of that
// range takes the answer in flight, once; anything else (another range, a refresh, a failure)
// asks the server again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAgendaTakingEarly, startAgendaEarly } from '../../../src/web/lib/early-agenda.ts';
import { buildAgenda, buildVisit } from '../../fixtures/agenda.ts';

const week = { from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00' };
const nextWeek = { from: '2026-11-30T00:00:00+01:00', to: '2026-12-07T00:00:00+01:00' };

let requests: string[];
/** Answers /api/agenda with an agenda whose one visit is numbered by the request. */
function serve(firstStatus = 200) {
  requests = [];
  vi.stubGlobal('fetch', async (input: Request | string) => {
    const url = typeof input === 'string' ? input : input.url;
    requests.push(url);
    if (requests.length === 1 && firstStatus !== 200) {
      return new Response(JSON.stringify({ error: { code: 'signed_out', message: 'Sign in.' } }), {
        status: firstStatus,
        headers: { 'content-type': 'application/json' },
      });
    }
    const agenda = buildAgenda({ visits: [buildVisit({ id: `answer-${requests.length}` })] });
    return new Response(JSON.stringify(agenda), {
      headers: { 'content-type': 'application/json' },
    });
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('the agenda asked for early', () => {
  it('is taken by the first load of the same range, once, without a second request', async () => {
    serve();
    startAgendaEarly(week);
    const first = await fetchAgendaTakingEarly(week);
    expect(first.visits[0]?.id).toBe('answer-1');
    expect(requests).toHaveLength(1);

    const again = await fetchAgendaTakingEarly(week);
    expect(again.visits[0]?.id).toBe('answer-2');
    expect(requests).toHaveLength(2);
  });

  it('is not used for another range or a refresh', async () => {
    serve();
    startAgendaEarly(week);
    const other = await fetchAgendaTakingEarly(nextWeek);
    expect(other.visits[0]?.id).toBe('answer-2');
    expect(requests[1]).toContain(encodeURIComponent(nextWeek.from));

    startAgendaEarly(week);
    await fetchAgendaTakingEarly(week, undefined, { refresh: true });
    expect(requests.at(-1)).toContain('refresh=1');
  });

  it('asks again when the early request failed (e.g. signed out then)', async () => {
    serve(401);
    startAgendaEarly(week);
    const agenda = await fetchAgendaTakingEarly(week);
    expect(agenda.visits[0]?.id).toBe('answer-2');
    expect(requests).toHaveLength(2);
  });

  it('rejects with AbortError when the caller gives up, as a request of its own would', async () => {
    serve();
    startAgendaEarly(week);
    const controller = new AbortController();
    const answer = fetchAgendaTakingEarly(week, controller.signal);
    controller.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
  });
});
