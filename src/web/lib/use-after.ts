// A condition that has held for a while: for showing something only when a wait turns long.
import { useEffect, useState } from 'react';

/** True once `active` has stayed true for `ms`; false again as soon as it is not. */
export function useAfter(ms: number, active: boolean): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    setElapsed(false);
    if (!active) return;
    const timer = setTimeout(() => setElapsed(true), ms);
    return () => clearTimeout(timer);
  }, [ms, active]);
  return active && elapsed;
}
