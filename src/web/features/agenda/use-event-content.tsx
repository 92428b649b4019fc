// What each event of the calendar draws: a break's block or a visit's block (laid out for the
// view), with the doctor's mark when several doctors are shown. Background events (open hours)
// keep FullCalendar's own drawing.
import type { EventDisplayInfo } from '@fullcalendar/react';
import { useCallback } from 'react';
import type { Visit } from '../../../shared/api/visit.ts';
import { useSettings } from '../../lib/settings.ts';
import { BreakBlock, type BreakBlockData } from './BreakBlock.tsx';
import { layoutOf } from './calendar-options.ts';
import type { DoctorMark } from './doctor-marks.ts';
import { useAgenda } from './use-agenda.tsx';
import { VisitBlock } from './VisitBlock.tsx';

/** FullCalendar's `eventContent`, changing only when what the blocks show does. */
export function useEventContent({
  marks,
  timeZone,
  breakActions,
}: {
  /** The doctors' marks when several doctors are shown. */
  marks: ReadonlyMap<string, DoctorMark> | null;
  timeZone: string;
  /** What a click on a break does, when breaks can be opened. */
  breakActions: { open: (pause: BreakBlockData) => void } | undefined;
}) {
  const openVisit = useAgenda((state) => state.openVisit);
  const joinWindow = useSettings((settings) => settings.joinWindow);
  const paymentWindow = useSettings((settings) => settings.paymentWindow);
  return useCallback(
    (info: EventDisplayInfo) => {
      const pause = info.event.extendedProps.pause as BreakBlockData | undefined;
      if (pause) {
        return (
          <BreakBlock
            pause={pause}
            doctor={marks?.get(pause.doctorId) ?? null}
            timeZone={timeZone}
            onOpen={breakActions?.open}
          />
        );
      }
      const visit = info.event.extendedProps.visit as Visit | undefined;
      if (!visit) return true;
      const layout = layoutOf(info.view.type);
      return (
        <VisitBlock
          visit={visit}
          isShort={info.isShort}
          layout={layout}
          doctor={marks?.get(visit.doctorId) ?? null}
          onOpen={openVisit}
          joinWindow={joinWindow}
          paymentWindow={paymentWindow}
          timeZone={timeZone}
        />
      );
    },
    [marks, openVisit, joinWindow, paymentWindow, timeZone, breakActions],
  );
}
