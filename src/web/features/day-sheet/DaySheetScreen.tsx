// The day sheet screen over the agenda: the doctor's day read from the agenda API, a sheet per
// doctor (one page each on paper), Print and the way back. Rendered straight into <body>, so the
// print stylesheet can hide everything else (the app, its toasts) and print only the sheets.
import { type ReactNode, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Temporal } from 'temporal-polyfill';
import type { Agenda } from '../../../shared/api/agenda.ts';
import { daySheetCsvHref } from '../../../shared/api/day-sheet.ts';
import { type ClinicDay, clinicDayRange } from '../../../shared/domain/clinic-day.ts';
import { daySheetRows } from '../../../shared/domain/day-sheet-rows.ts';
import { type ApiRequestError, fetchAgenda, toApiRequestError } from '../../lib/api-client.ts';
import { describeTimeZone, formatTime, formatterFor } from '../../lib/facility-time.ts';
import { activeIntlTag, t } from '../../lib/i18n/messages.ts';
import { serverClock, useServerNow } from '../../lib/server-clock.ts';
import { useFacilityTimeZone, useSettings } from '../../lib/settings.ts';
import { Button } from '../../ui/Button.tsx';
import { Screen, ScreenBody } from '../../ui/Screen.tsx';
import { ScreenHeader } from '../../ui/ScreenHeader.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { DaySheet } from './DaySheet.tsx';
import type { DaySheetPlace } from './day-sheet-address.ts';
import { sheetLines } from './day-sheet-words.ts';
import './day-sheet.css';

export type LoadDay = (day: ClinicDay, signal: AbortSignal) => Promise<Agenda>;

export interface DaySheetScreenProps {
  place: DaySheetPlace;
  /** How the day is read; the agenda API by default. */
  loadDay?: LoadDay;
  /** What Print does; the browser's print dialog by default. */
  print?: () => void;
}

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; agenda: Agenda }
  | { state: 'failed'; error: ApiRequestError };

const loadFromApi: LoadDay = (day, signal) => fetchAgenda(day, signal);

/** `Tuesday 24 November 2026`, in the page's language (a calendar day: no zone to apply). */
function dayTitleOf(date: string): string {
  return Temporal.PlainDate.from(date).toLocaleString(activeIntlTag(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/**
 * When the paper was made, as the clinic's clock reads it:
 * `Printed 25 Nov 2026, 08:15, Central European Time (CET)`.
 */
function printedAtWords(nowMs: number, timeZone: string): string {
  const at = new Date(nowMs).toISOString();
  const date = formatterFor(timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(
    nowMs,
  );
  const zone = describeTimeZone(timeZone, Temporal.Instant.fromEpochMilliseconds(nowMs));
  return t('day-sheet.printed', { date, time: formatTime(at, timeZone), zone });
}

/** What the paper's reader must know about where its data came from. */
function noticeOf(agenda: Agenda, timeZone: string): string {
  const parts: string[] = [];
  if (agenda.dataSource === 'sandbox') parts.push(t('day-sheet.notice.sandbox'));
  if (agenda.sync.stale) {
    parts.push(
      agenda.sync.syncedAt
        ? t('day-sheet.notice.stale', { time: formatTime(agenda.sync.syncedAt, timeZone) })
        : t('day-sheet.notice.staleNever'),
    );
  }
  return parts.join(' ');
}

/** Now on the server's clock, read again the moment the browser starts to print. */
function usePrintTime(): number {
  const ticking = useServerNow(30_000);
  const [printedAt, setPrintedAt] = useState<number | null>(null);
  useEffect(() => {
    const before = () => setPrintedAt(serverClock.now());
    const after = () => setPrintedAt(null);
    globalThis.addEventListener?.('beforeprint', before);
    globalThis.addEventListener?.('afterprint', after);
    return () => {
      globalThis.removeEventListener?.('beforeprint', before);
      globalThis.removeEventListener?.('afterprint', after);
    };
  }, []);
  return printedAt ?? ticking;
}

export function DaySheetScreen({
  place,
  loadDay = loadFromApi,
  print = () => globalThis.print(),
}: DaySheetScreenProps) {
  const timeZone = useFacilityTimeZone();
  const paymentWindow = useSettings((settings) => settings.paymentWindow);
  const nowMs = usePrintTime();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { date } = place;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the Try again button
  useEffect(() => {
    if (!timeZone || !date) return;
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    loadDay(clinicDayRange(date, timeZone), controller.signal).then(
      (agenda) => {
        if (!controller.signal.aborted) setLoaded({ state: 'ready', agenda });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setLoaded({ state: 'failed', error: toApiRequestError(error) });
      },
    );
    return () => controller.abort();
  }, [timeZone, date, loadDay, attempt]);

  let body: ReactNode;
  let canPrint = false;
  if (!date) {
    body = (
      <p className="day-sheet-screen__problem" role="alert">
        {t('day-sheet.problem.noDay')}
      </p>
    );
  } else if (!timeZone || loaded.state === 'loading') {
    body = (
      <div className="day-sheet-screen__loading">
        <Spinner label={t('day-sheet.loading')} />
      </div>
    );
  } else if (loaded.state === 'failed') {
    body = (
      <p className="day-sheet-screen__problem" role="alert">
        {t('day-sheet.error.load', { reason: loaded.error.message.replace(/\.$/, '') })}{' '}
        <Button onClick={() => setAttempt((value) => value + 1)}>
          {t('day-sheet.error.tryAgain')}
        </Button>
      </p>
    );
  } else {
    const { agenda } = loaded;
    const day = clinicDayRange(date, timeZone);
    const context = {
      timeZone,
      nowMs,
      paymentWindow,
      addressesById: new Map(agenda.addresses.map((address) => [address.id, address])),
    };
    const sheets = agenda.doctors
      .filter((doctor) => place.doctorId === null || doctor.id === place.doctorId)
      .map((doctor) => ({
        doctor,
        rows: sheetLines(
          daySheetRows(agenda.visits, { doctorId: doctor.id, day }, context),
          agenda.visits,
          context,
        ),
      }))
      // Every doctor: a page for each one who works that day, not blank pages for the rest.
      .filter((sheet) => place.doctorId !== null || sheet.rows.length > 0);
    const notice = noticeOf(agenda, timeZone);
    const printedAt = printedAtWords(nowMs, timeZone);
    const dayTitle = dayTitleOf(date);
    canPrint = sheets.length > 0;
    body =
      sheets.length > 0 ? (
        sheets.map(({ doctor, rows }) => (
          <DaySheet
            key={doctor.id}
            doctor={doctor}
            addresses={agenda.addresses.filter((address) => address.doctorId === doctor.id)}
            facilityName={agenda.facility.name}
            dayTitle={dayTitle}
            rows={rows}
            printedAt={printedAt}
            csvHref={daySheetCsvHref({ doctorId: doctor.id, date })}
            notice={notice || undefined}
          />
        ))
      ) : (
        <p className="day-sheet-screen__problem" role="status">
          {place.doctorId === null
            ? t('day-sheet.noDoctorVisits', { day: dayTitle })
            : t('day-sheet.unknownDoctor')}
        </p>
      );
  }

  return createPortal(
    <Screen className="day-sheet-screen" onTop>
      <ScreenHeader
        variant="bar"
        backLabel={t('day-sheet.back')}
        title={
          date ? t('day-sheet.title.withDay', { day: dayTitleOf(date) }) : t('day-sheet.title')
        }
        actions={
          <Button variant="primary" onClick={print} disabled={!canPrint}>
            {t('day-sheet.print')}
          </Button>
        }
      />
      <ScreenBody as="div" width="narrow" className="day-sheet-screen__sheets">
        {body}
      </ScreenBody>
    </Screen>,
    document.body,
  );
}
