// Moving a visit to another free time of the same address and service: the free times of the
// next two weeks by day, one chosen, then "Move to this time". A moved online visit stays online,
// with its video link; Docplanner tells the patient.
import { useEffect, useState } from 'react';
import type { Visit } from '../../../shared/api/visit.ts';
import { formatTime, formatterFor, formatVisitTime } from '../../lib/facility-time.ts';
import { reasonOf } from '../../lib/failure-text.ts';
import { t } from '../../lib/i18n/messages.ts';
import { patientName } from '../../lib/visit-text.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { FailureNote } from '../../ui/FailureNote.tsx';
import { TimeChoice } from '../../ui/TimeChoice.tsx';
import { type FreeDay, freeDays } from './free-times.ts';
import type { ApplyVisit } from './perform-visit-action.ts';
import { useVisitAction } from './use-visit-action.ts';
import { fetchFreeSlots } from './visit-actions-api.ts';
import './move-visit-dialog.css';

const daysAhead = 14;

export interface MoveVisitDialogProps {
  visit: Visit;
  timeZone: string;
  applyVisit: ApplyVisit;
  /** Moved: the new booking's id (Docplanner gives a moved visit a new one). */
  onMoved: (newVisitId: string) => void;
  onClose: () => void;
}

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; days: FreeDay[] }
  | { state: 'failed'; message: string };

/** `Monday 30 November` (in the page's language), read on the clinic's clock. */
function dayTitle(day: FreeDay, timeZone: string): string {
  const first = day.starts[0];
  if (!first) return day.date;
  return formatterFor(timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    Date.parse(first),
  );
}

export function MoveVisitDialog({
  visit: shownVisit,
  timeZone,
  applyVisit,
  onMoved,
  onClose,
}: MoveVisitDialogProps) {
  // The visit as it was when the dialog opened: the agenda shows the move at once, and that
  // optimistic copy must neither start another read of free times nor be what a refusal restores.
  const [visit] = useState(shownVisit);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [chosen, setChosen] = useState<string | null>(null);
  const { pending, failure, run } = useVisitAction(visit, applyVisit);

  // Read again after a refusal: the time chosen may have been taken meanwhile.
  const [reads, setReads] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reads` asks for a new read
  useEffect(() => {
    const controller = new AbortController();
    fetchFreeSlots(visit.id, daysAhead, controller.signal).then(
      (free) => setLoaded({ state: 'ready', days: freeDays(free.slots, visit, timeZone) }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ state: 'failed', message: reasonOf(error) });
      },
    );
    return () => controller.abort();
  }, [visit, timeZone, reads]);

  async function move() {
    if (!chosen) return;
    const result = await run({ action: 'move', body: { start: chosen } });
    if (result) {
      onMoved(result.visit.id);
      return;
    }
    setChosen(null);
    setReads((count) => count + 1);
  }

  return (
    <Dialog
      title={t('visit-actions.move.title', { patient: patientName(visit) })}
      subtitle={
        visit.service
          ? t('visit-actions.move.nowWithService', {
              when: formatVisitTime(visit.start, visit.end, timeZone),
              service: visit.service.name,
            })
          : t('visit-actions.move.now', { when: formatVisitTime(visit.start, visit.end, timeZone) })
      }
      onClose={onClose}
      className={visit.online ? 'move-visit move-visit--online' : 'move-visit'}
    >
      {loaded.state === 'loading' ? <p role="status">{t('visit-actions.move.loading')}</p> : null}
      {loaded.state === 'failed' ? (
        <FailureNote>{t('visit-actions.move.loadFailed', { reason: loaded.message })}</FailureNote>
      ) : null}
      {loaded.state === 'ready' && loaded.days.length === 0 ? (
        <p>{t('visit-actions.move.none', { days: daysAhead })}</p>
      ) : null}
      {loaded.state === 'ready' && loaded.days.length > 0 ? (
        <form
          className="move-visit__form"
          onSubmit={(event) => {
            event.preventDefault();
            void move();
          }}
        >
          <div className="move-visit__days">
            {loaded.days.map((day) => (
              <fieldset key={day.date} className="move-visit__day">
                <legend>{dayTitle(day, timeZone)}</legend>
                <div className="move-visit__times">
                  {day.starts.map((start) => (
                    <TimeChoice
                      key={start}
                      name="new-time"
                      value={start}
                      checked={chosen === start}
                      onChange={() => setChosen(start)}
                    >
                      {formatTime(start, timeZone)}
                    </TimeChoice>
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
          <p className="move-visit__note">
            {visit.online ? t('visit-actions.move.noteOnline') : t('visit-actions.move.note')}
          </p>
          {failure ? <FailureNote>{failure}</FailureNote> : null}
          <div className="move-visit__actions">
            <Button type="submit" variant="primary" disabled={!chosen || pending !== null}>
              {pending ? t('visit-actions.move.moving') : t('visit-actions.move.submit')}
            </Button>
            <Button onClick={onClose}>{t('visit-actions.move.keep')}</Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
