// "Find a patient": a search field whose visits found drop down as a list (the ARIA combobox
// pattern: the caret stays in the field, ↑/↓ move through the list, Enter picks, Escape closes
// the list and then clears the field). Picking a visit hands it to the app, which shows it.
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PatientSearch as PatientSearchAnswer } from '../../../shared/api/patient-search.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import { maxQueryTerms } from '../../../shared/domain/patient-terms.ts';
import { t } from '../../lib/i18n/messages.ts';
import { Button } from '../../ui/Button.tsx';
import { FoundVisit } from './FoundVisit.tsx';
import type { SearchPatients } from './patient-search-api.ts';
import { type PatientSearchState, usePatientSearch } from './use-patient-search.ts';
import '../../ui/field.css';
import './patient-search.css';

export interface PatientSearchProps {
  /** The clinic's zone: every date and time is shown on its clock. */
  timeZone: string;
  search: SearchPatients;
  onPick: (visit: Visit) => void;
  /** How long typing pauses before the search goes out (tests may shorten it). */
  pauseMs?: number;
}

function shownAnswer(state: PatientSearchState): PatientSearchAnswer | null {
  if (state.kind === 'found') return state.result;
  if (state.kind === 'searching') return state.previous;
  return null;
}

function statusText(state: PatientSearchState, answer: PatientSearchAnswer | null): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'too-short':
      return t(state.hint, { max: maxQueryTerms });
    case 'searching':
      return t('patient-search.searching');
    case 'failed':
      return t('patient-search.failed', { reason: state.message });
    case 'found': {
      const count = answer?.visits.length ?? 0;
      if (count === 0) return t('patient-search.none', { query: state.result.query });
      if (state.result.truncated) return t('patient-search.truncated', { count });
      return t('patient-search.found', { count });
    }
  }
}

export function PatientSearch({ timeZone, search, onPick, pauseMs }: PatientSearchProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { state, retry } = usePatientSearch(text, search, pauseMs);
  const answer = shownAnswer(state);
  const visits = answer?.visits ?? [];
  const doctors = useMemo(
    () => new Map((answer?.doctors ?? []).map((doctor) => [doctor.id, doctor])),
    [answer],
  );
  const ids = useId();
  const inputId = `${ids}-field`;
  const listId = `${ids}-visits`;
  const optionId = (index: number) => `${ids}-visit-${index}`;
  const listRef = useRef<HTMLDivElement>(null);
  const shown = open && state.kind !== 'idle';
  const listed = shown && visits.length > 0;

  // A new answer: nothing chosen in it yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the answer changes
  useEffect(() => setActive(-1), [answer]);
  useEffect(() => {
    if (active < 0) return;
    listRef.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  function pick(visit: Visit) {
    setOpen(false);
    onPick(visit);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = visits.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!shown) {
          setOpen(true);
          return;
        }
        if (count === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((index) => (index < 0 && step < 0 ? count - 1 : (index + step + count) % count));
        return;
      }
      case 'Enter': {
        const visit = listed && active >= 0 ? visits[active] : undefined;
        if (!visit) return;
        event.preventDefault();
        pick(visit);
        return;
      }
      case 'Escape':
        if (shown) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== '') {
          event.preventDefault();
          setText('');
        }
        return;
    }
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: jsdom does not know <search> yet (React warns in every component test)
    <div
      className="patient-search field-stacked"
      role="search"
      onBlur={(event) => {
        // Focus left the field and its list (a click on a visit keeps it: see onMouseDown).
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label className="field-label field-label--small" htmlFor={inputId}>
        {t('patient-search.label')}
      </label>
      <input
        id={inputId}
        className="patient-search__field field-control field-control--small-text"
        type="search"
        role="combobox"
        placeholder={t('patient-search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={listed}
        aria-controls={listed ? listId : undefined}
        aria-activedescendant={listed && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        // Not on focus: closing the visit card gives the focus back here, and the list must
        // not cover the visit just found.
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <div className={shown ? 'patient-search__popup' : 'patient-search__popup--closed'}>
        <p
          className={shown ? 'patient-search__status' : 'visually-hidden'}
          role="status"
          data-state={state.kind}
        >
          {shown ? statusText(state, answer) : ''}
        </p>
        {shown && state.kind === 'failed' ? (
          <div className="patient-search__retry">
            <Button onClick={retry}>{t('patient-search.retry')}</Button>
          </div>
        ) : null}
        {listed ? (
          <div
            ref={listRef}
            id={listId}
            className="patient-search__list"
            role="listbox"
            aria-label={t('patient-search.list')}
            aria-busy={state.kind === 'searching'}
          >
            {visits.map((visit, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the field's (aria-activedescendant)
              <div
                key={visit.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className={visit.online ? 'found-visit found-visit--online' : 'found-visit'}
                data-found-visit={visit.id}
                // The caret stays in the field: the list is read through it.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => pick(visit)}
              >
                <FoundVisit
                  visit={visit}
                  doctor={doctors.get(visit.doctorId)}
                  timeZone={timeZone}
                />
              </div>
            ))}
          </div>
        ) : null}
      </div>
    </div>
  );
}
