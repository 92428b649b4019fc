// What shows the server's time redraws when the clock jumps, not on each heartbeat of the live
// stream: a busy week has a thousand payment badges and join buttons reading it.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createServerClock,
  type ServerClock,
  useServerNow,
  useServerTimeAt,
} from '../../../src/web/lib/server-clock.ts';

let renders = 0;

function Shown({ nowMs }: { nowMs: number }) {
  renders += 1;
  return (
    <p>
      {new Date(nowMs).toISOString().slice(11, 16)} after {renders} renders
    </p>
  );
}

function WithNow({ clock }: { clock: ServerClock }) {
  return <Shown nowMs={useServerNow(null, clock)} />;
}

function WithTimeAt({ clock }: { clock: ServerClock }) {
  return <Shown nowMs={useServerTimeAt(null, clock)} />;
}

const readers = { useServerNow: WithNow, useServerTimeAt: WithTimeAt };

describe.each(Object.entries(readers))('a component using %s', (_, Reader) => {
  it('stays put on a heartbeat and redraws on a jump or a new speed', () => {
    renders = 0;
    const clock: ServerClock = createServerClock();
    act(() => clock.sync('2026-11-24T09:00:00Z', 1));
    render(<Reader clock={clock} />);
    expect(screen.getByText('09:00 after 1 renders')).toBeInTheDocument();

    act(() => clock.sync(new Date(clock.now() + 900).toISOString(), 1)); // latency only
    expect(screen.getByText('09:00 after 1 renders')).toBeInTheDocument();

    act(() => clock.sync('2026-11-24T09:30:00Z', 1)); // the sandbox moved on
    expect(screen.getByText('09:30 after 2 renders')).toBeInTheDocument();

    act(() => clock.sync(new Date(clock.now()).toISOString(), 60)); // sped up
    expect(screen.getByText('09:30 after 3 renders')).toBeInTheDocument();
  });
});
