// The agenda page: the facility, whether the data is real, the legend, and the week itself — or a
// clear loading / error state, never a blank page.
import { type ReactNode, useEffect } from 'react';
import {
  browserTimeZone,
  currentWeek,
  currentWeekInAnyZone,
  describeTimeZone,
  formatTime,
  todayIn,
} from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { facilityTimeZone, useFacilityTimeZone } from '../../lib/settings.ts';
import { useAfter } from '../../lib/use-after.ts';
import { Banner } from '../../ui/Banner.tsx';
import { Button } from '../../ui/Button.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { AgendaCalendar, type BreakActions, type SelectedRange } from './AgendaCalendar.tsx';
import { AgendaFilterBar } from './AgendaFilterBar.tsx';
import { AgendaLegend } from './AgendaLegend.tsx';
import { AgendaProblem } from './AgendaProblem.tsx';
import type { BreakBlockData } from './BreakBlock.tsx';
import type { OpenHoursBlock } from './calendar-layers.ts';
import { OfflineBanner } from './OfflineBanner.tsx';
import { useAgenda } from './use-agenda.tsx';
import type { VisitMoves } from './use-calendar-drag.ts';
import './agenda-screen.css';

/** How long the first week may take before its empty frame is shown. */
const slowFirstWeekMs = 400;

export interface AgendaScreenProps {
  /** The live connection's state, composed in by the app. */
  headerStatus?: ReactNode;
  /** A search next to the title (finding a patient), composed in by the app. */
  headerSearch?: ReactNode;
  /** A side panel next to the calendar (e.g. today's video visits), composed in by the app. */
  aside?: ReactNode;
  /** Open hours on Docplanner, drawn behind the visits; composed in by the app. */
  openHours?: readonly OpenHoursBlock[] | undefined;
  /** Selecting a range in the grid (to open or close hours); composed in by the app. */
  onSelectRange?: ((range: SelectedRange) => void) | undefined;
  /** A quiet note under the filters (e.g. why the open hours are missing); composed in by the app. */
  note?: ReactNode;
  /** The selected range is still being acted on (its dialog is open): keep it highlighted. */
  rangeInUse?: boolean | undefined;
  /** Dragging visits to a new time; composed in by the app. */
  visitMoves?: VisitMoves | undefined;
  /** The doctors' breaks and what a click or a drag does to one; composed in by the app. */
  breaks?: readonly BreakBlockData[] | undefined;
  breakActions?: BreakActions | undefined;
}

export function AgendaScreen({
  headerStatus = null,
  headerSearch = null,
  aside = null,
  openHours,
  onSelectRange,
  rangeInUse,
  note = null,
  visitMoves,
  breaks,
  breakActions,
}: AgendaScreenProps) {
  const facility = useAgenda((state) => state.agenda?.facility);
  // Usually the first week comes quickly and the calendar is laid out once, with it. When it is
  // slow (the server reading Docplanner), the week's frame shows meanwhile in the zone the
  // settings gave, its days hatched as still loading.
  const settingsTimeZone = useFacilityTimeZone();
  const firstWeekIsSlow = useAfter(slowFirstWeekMs, !facility && settingsTimeZone !== null);
  const timeZone = facility?.timeZone ?? (firstWeekIsSlow ? settingsTimeZone : null);
  const dataSource = useAgenda((state) => state.agenda?.dataSource);
  const sync = useAgenda((state) => state.agenda?.sync);
  const status = useAgenda((state) => state.status);
  const error = useAgenda((state) => state.error);
  const showRange = useAgenda((state) => state.showRange);
  const reload = useAgenda((state) => state.reload);
  const refresh = useAgenda((state) => state.refresh);

  // The facility's week when the settings gave its zone (the page usually comes with them, and
  // with that week already on its way). Otherwise this week as the browser counts it, widened so
  // that it holds the facility's week as well. Once the calendar runs in the facility's zone it
  // asks again only if its week is not in what arrived.
  useEffect(() => {
    const zone = facilityTimeZone();
    void showRange(zone ? currentWeek(zone) : currentWeekInAnyZone(browserTimeZone()));
  }, [showRange]);

  const retry = () => void reload();
  // With nothing to show yet, a failed first week is the whole page's message, not a note.
  const firstWeekFailed = error !== null && !facility;

  return (
    <div className="agenda-screen">
      <title>{facility ? `${facility.name} — Online Agenda` : 'Online Agenda'}</title>
      {dataSource === 'sandbox' ? (
        <Banner tone="sandbox" role="note">
          <span className="banner__tag">{t('agenda.sandbox.tag')}</span>
          {t('agenda.sandbox.banner')}
        </Banner>
      ) : null}
      {facility ? (
        <OfflineBanner timeZone={facility.timeZone} syncedAt={sync?.syncedAt ?? null} />
      ) : null}
      {sync?.stale && facility ? (
        <Banner tone="warning" role="status">
          <span className="agenda-screen__stale-text">
            {/* The server's sentence says why (slow, no answer, disk full) but comes in English
                only; without one, ours. */}
            {sync.message ??
              (sync.syncedAt
                ? t('agenda.stale.since', { time: formatTime(sync.syncedAt, facility.timeZone) })
                : t('agenda.stale.lastSaved'))}
          </span>
          <Button onClick={() => void refresh()} disabled={status === 'loading'}>
            {t('agenda.refresh')}
          </Button>
        </Banner>
      ) : null}
      <header className="agenda-screen__header">
        <div className="agenda-screen__title-block">
          <p className="agenda-screen__product">Online Agenda</p>
          <h1 className="agenda-screen__title">{facility?.name ?? t('agenda.title')}</h1>
          {facility ? (
            <p className="agenda-screen__zone">
              {t('agenda.timesIn', { zone: describeTimeZone(facility.timeZone) })}
            </p>
          ) : null}
        </div>
        {headerSearch}
        {status === 'loading' && (facility || timeZone) ? (
          <Spinner label={facility ? t('agenda.updating') : t('agenda.loading')} />
        ) : null}
        <AgendaLegend openHours={openHours !== undefined} breaks={breaks !== undefined} />
        {headerStatus}
      </header>
      <AgendaFilterBar />
      {note}
      {error && facility ? <AgendaProblem error={error} onRetry={retry} compact /> : null}
      <main
        className={
          aside ? 'agenda-screen__main agenda-screen__main--with-aside' : 'agenda-screen__main'
        }
      >
        {timeZone && !firstWeekFailed ? (
          <>
            <div className="agenda-screen__calendar">
              <AgendaCalendar
                timeZone={timeZone}
                initialDate={todayIn(timeZone)}
                openHours={openHours}
                onSelectRange={onSelectRange}
                rangeInUse={rangeInUse}
                visitMoves={visitMoves}
                breaks={breaks}
                breakActions={breakActions}
              />
            </div>
            {aside ? <aside className="agenda-screen__aside">{aside}</aside> : null}
          </>
        ) : error ? (
          <AgendaProblem error={error} onRetry={retry} />
        ) : (
          <div className="agenda-screen__loading">
            <Spinner label={t('agenda.loading')} />
          </div>
        )}
      </main>
    </div>
  );
}
