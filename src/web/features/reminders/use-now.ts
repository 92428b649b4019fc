// A ticking "now" for countdowns, read from the clock the page runs on (the server's clock, so a
// countdown agrees with reminders and windows even when the sandbox's clock was moved).
import { useEffect, useState } from 'react';

export type Clock = () => number;

export const browserClock: Clock = () => Date.now();

export function useNow(clock: Clock = browserClock, everyMs = 1000): number {
  const [nowMs, setNowMs] = useState(clock);
  useEffect(() => {
    setNowMs(clock());
    const timer = setInterval(() => setNowMs(clock()), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs]);
  return nowMs;
}
