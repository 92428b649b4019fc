// The state of acting on one visit from its card: what is being saved, and why the last try
// failed (kept until the next try, so a person can read it).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Visit } from '../../../shared/api/visit.ts';
import type { VisitActionResult } from '../../../shared/api/visit-actions.ts';
import { reasonOf } from '../../lib/failure-text.ts';
import { type ApplyVisit, failureText, performVisitAction } from './perform-visit-action.ts';
import type { VisitActionRequest } from './visit-actions-api.ts';

export interface VisitActionState {
  /** The action on its way, if any. */
  pending: VisitActionRequest['action'] | null;
  /** Why the last action did not happen, in words. */
  failure: string | null;
  run: (request: VisitActionRequest) => Promise<VisitActionResult | null>;
}

export function useVisitAction(
  visit: Visit,
  applyVisit: ApplyVisit,
  onSettled?: () => void,
): VisitActionState {
  const [pending, setPending] = useState<VisitActionRequest['action'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (request: VisitActionRequest) => {
      setPending(request.action);
      setFailure(null);
      try {
        return await performVisitAction(visit, request, applyVisit);
      } catch (error) {
        if (mounted.current) setFailure(failureText(request, reasonOf(error)));
        return null;
      } finally {
        if (mounted.current) setPending(null);
        onSettled?.();
      }
    },
    [visit, applyVisit, onSettled],
  );
  return { pending, failure, run };
}
