// The dialogs the first painted week does not show — a visit's card (and its actions), what to
// do with a picked range (booking, break, hours), a break's card — are chunks of their own,
// fetched once the agenda is on screen (preloadDialogs) so that a click does not wait for them.
// A chunk that cannot be fetched (a redeploy removed it) shows the crash sentence, not a blank.
import { type ComponentProps, lazy, type ReactNode, Suspense } from 'react';
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';

const loadVisitCard = () => import('./OpenVisitCard.tsx');
const loadPickedRange = () => import('./PickedRange.tsx');
const loadBreak = () => import('./OpenBreak.tsx');

const VisitCardChunk = lazy(() =>
  loadVisitCard().then((module) => ({ default: module.OpenVisitCard })),
);
const PickedRangeChunk = lazy(() =>
  loadPickedRange().then((module) => ({ default: module.PickedRange })),
);
const BreakChunk = lazy(() => loadBreak().then((module) => ({ default: module.OpenBreak })));

/** Fetches the dialogs' chunks when the browser is idle (once: the modules are kept). */
export function preloadDialogs(): () => void {
  const load = () => {
    void Promise.all([loadVisitCard(), loadPickedRange(), loadBreak()]).catch(() => {
      // Fetched again when opened, and said then if it still fails.
    });
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(load, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(load, 200);
  return () => clearTimeout(timer);
}

/** A dialog's chunk once fetched; the crash sentence if it cannot be. */
function LazyChunk({ children }: { children: ReactNode }) {
  return (
    <AppErrorBoundary>
      <Suspense fallback={null}>{children}</Suspense>
    </AppErrorBoundary>
  );
}

export function OpenVisitCard() {
  const opened = useAgenda((state) => state.openVisitId !== null);
  if (!opened) return null;
  return (
    <LazyChunk>
      <VisitCardChunk />
    </LazyChunk>
  );
}

export function PickedRange(props: ComponentProps<typeof PickedRangeChunk>) {
  return (
    <LazyChunk>
      <PickedRangeChunk {...props} />
    </LazyChunk>
  );
}

export function OpenBreak(props: ComponentProps<typeof BreakChunk>) {
  if (!props.pause) return null;
  return (
    <LazyChunk>
      <BreakChunk {...props} />
    </LazyChunk>
  );
}
