// How far away a video visit is, in the words of a doctor glancing at the screen.

const minute = 60_000;

function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** `in 8 min`, `in 1 h 05 min`, `starting now`, `started 3 min ago`, `ended`. */
export function visitCountdown(startMs: number, endMs: number, nowMs: number): string {
  if (nowMs >= endMs) return 'ended';
  const untilStart = startMs - nowMs;
  if (untilStart >= minute) return `in ${duration(Math.ceil(untilStart / minute))}`;
  if (untilStart > -minute) return 'starting now';
  return `started ${duration(Math.floor(-untilStart / minute))} ago`;
}
