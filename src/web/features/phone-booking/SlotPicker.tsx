// The free starts of the picked range as radio buttons (with the address, when the doctor has
// more than one), or why there are none: still reading, the read failed, nothing free.
import type { AgendaAddress, AgendaDoctor } from '../../../shared/api/agenda.ts';
import { formatTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { FailureNote } from '../../ui/FailureNote.tsx';
import { TimeChoice } from '../../ui/TimeChoice.tsx';
import { doctorLabel } from './doctor-label.ts';
import { type LoadedSlots, slotKey } from './use-bookable-slots.ts';

export interface SlotPickerProps {
  /** The form's own id prefix; the radio buttons' name. */
  ids: string;
  loaded: LoadedSlots;
  chosenSlot: string | null;
  onChoose: (key: string) => void;
  addressById: ReadonlyMap<string, AgendaAddress>;
  /** The doctor works at more than one address: each start says where. */
  showAddress: boolean;
  doctor: AgendaDoctor | undefined;
  timeZone: string;
}

export function SlotPicker({
  ids,
  loaded,
  chosenSlot,
  onChoose,
  addressById,
  showAddress,
  doctor,
  timeZone,
}: SlotPickerProps) {
  const slots = loaded.state === 'ready' ? loaded.slots : [];
  return (
    <fieldset className="book-patient__times">
      <legend>{t('phone-booking.field.time')}</legend>
      {loaded.state === 'loading' ? <p role="status">{t('phone-booking.times.loading')}</p> : null}
      {loaded.state === 'failed' ? (
        <FailureNote>{t('phone-booking.times.loadFailed', { reason: loaded.message })}</FailureNote>
      ) : null}
      {loaded.state === 'ready' && slots.length === 0 ? (
        <p className="book-patient__none">
          {doctor
            ? t('phone-booking.times.none', { doctor: doctorLabel(doctor) })
            : t('phone-booking.times.noneUnknownDoctor')}
        </p>
      ) : null}
      <div className="book-patient__slots">
        {slots.map((candidate) => {
          const address = addressById.get(candidate.addressId);
          return (
            <TimeChoice
              key={slotKey(candidate)}
              className="book-patient__slot"
              online={address?.isOnlineOnly ?? false}
              name={`${ids}-slot`}
              value={slotKey(candidate)}
              checked={chosenSlot === slotKey(candidate)}
              onChange={() => onChoose(slotKey(candidate))}
            >
              {formatTime(candidate.start, timeZone)}
              {showAddress && address ? (
                <small>
                  {address.isOnlineOnly ? t('phone-booking.times.online') : address.name}
                </small>
              ) : null}
            </TimeChoice>
          );
        })}
      </div>
    </fieldset>
  );
}
