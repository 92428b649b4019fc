// The day sheet's place in the page (`#/day-sheet?date=…&doctor=…`), mounted once in app/, and the
// way to it from the agenda. The screen's code is a chunk of its own, fetched when it first opens.
import { lazy, Suspense } from 'react';
import { t } from '../../lib/i18n/messages.ts';
import { useLocationHash } from '../../lib/use-location-hash.ts';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { daySheetHash, daySheetPlaceOf } from './day-sheet-address.ts';
import './day-sheet-route.css';

const DaySheetScreen = lazy(() =>
  import('./DaySheetScreen.tsx').then((module) => ({ default: module.DaySheetScreen })),
);

export function DaySheetRoute() {
  const place = daySheetPlaceOf(useLocationHash());
  if (!place) return null;
  return (
    <Suspense
      fallback={
        <div className="day-sheet-route__loading">
          <Spinner label={t('day-sheet.opening')} />
        </div>
      }
    >
      <DaySheetScreen place={place} />
    </Suspense>
  );
}

/** "Day sheet" in the agenda: the day on screen, for the doctor shown (null: every doctor). */
export function DaySheetLink({ date, doctorId }: { date: string; doctorId: string | null }) {
  return <ButtonLink href={daySheetHash({ date, doctorId })}>{t('day-sheet.title')}</ButtonLink>;
}
