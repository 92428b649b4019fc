// Notifications Docplanner sent that the agenda could not read (dead letters): kept for a while
// for an administrator to look at and, once the cause is fixed, to read again. A page of its
// own over the agenda (#/dead-letters), newest first.
import { useCallback, useEffect, useState } from 'react';
import type { DeadLetterList, DeadLetterSummary } from '../../../shared/api/dead-letters.ts';
import { t } from '../../lib/i18n/messages.ts';
import { useFacilityTimeZone } from '../../lib/settings.ts';
import { Button } from '../../ui/Button.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { Screen, ScreenBody } from '../../ui/Screen.tsx';
import { ScreenHeader } from '../../ui/ScreenHeader.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { DeadLetterRow } from './DeadLetterRow.tsx';
import { fetchDeadLetters } from './dead-letters-api.ts';
import './dead-letters.css';
import './dead-letters-route.css';

type Load =
  | { status: 'loading' }
  /** `reason`: the API client's sentence, or null when nothing better is known. */
  | { status: 'failed'; reason: string | null }
  | {
      status: 'ready';
      letters: DeadLetterSummary[];
      list: Omit<DeadLetterList, 'deadLetters'>;
      more: 'idle' | 'loading';
    };

export function DeadLettersScreen() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const timeZone = useFacilityTimeZone() ?? 'UTC';

  const read = useCallback(async (signal?: AbortSignal) => {
    try {
      const { deadLetters, ...list } = await fetchDeadLetters(undefined, signal);
      setLoad({ status: 'ready', letters: deadLetters, list, more: 'idle' });
    } catch (error) {
      if (signal?.aborted) return;
      setLoad({ status: 'failed', reason: error instanceof Error ? error.message : null });
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void read(controller.signal);
    return () => controller.abort();
  }, [read]);

  async function readMore() {
    if (load.status !== 'ready' || load.list.nextBefore === null) return;
    setLoad({ ...load, more: 'loading' });
    try {
      const { deadLetters, ...list } = await fetchDeadLetters(load.list.nextBefore);
      setLoad({ status: 'ready', letters: [...load.letters, ...deadLetters], list, more: 'idle' });
    } catch {
      setLoad({ ...load, more: 'idle' });
    }
  }

  function replayed(id: number) {
    setLoad((current) =>
      current.status === 'ready'
        ? {
            ...current,
            letters: current.letters.map((letter) =>
              letter.id === id ? { ...letter, replayedAt: new Date().toISOString() } : letter,
            ),
            list: { ...current.list, waiting: Math.max(0, current.list.waiting - 1) },
          }
        : current,
    );
  }

  return (
    <Screen className="dead-letters">
      <ScreenHeader
        backLabel={t('dead-letters.back')}
        title={t('dead-letters.title')}
        subtitle={
          <>
            {t('dead-letters.subtitle')}
            {load.status === 'ready'
              ? ` ${t('dead-letters.retention', { days: load.list.retentionDays })}`
              : null}
          </>
        }
      />
      <ScreenBody width="narrow" className="dead-letters__main">
        {load.status === 'loading' ? (
          <Spinner label={t('dead-letters.list.loading')} />
        ) : load.status === 'failed' ? (
          <Panel as="div" tone="danger" role="alert">
            <p>
              {t('dead-letters.list.failed', {
                reason: (load.reason ?? t('dead-letters.error.unknown')).replace(/\.$/, ''),
              })}
            </p>
            <Button
              onClick={() => {
                setLoad({ status: 'loading' });
                void read();
              }}
            >
              {t('dead-letters.retry')}
            </Button>
          </Panel>
        ) : load.letters.length === 0 ? (
          <p className="dead-letters__empty">{t('dead-letters.list.empty')}</p>
        ) : (
          <>
            <p className="dead-letters__count">
              {load.list.waiting === 0
                ? t('dead-letters.count.allReplayed', { total: load.list.total })
                : t('dead-letters.count.waiting', {
                    waiting: load.list.waiting,
                    total: load.list.total,
                  })}
            </p>
            <ul className="dead-letters__list" aria-label={t('dead-letters.list.label')}>
              {load.letters.map((letter) => (
                <DeadLetterRow
                  key={letter.id}
                  letter={letter}
                  timeZone={timeZone}
                  onReplayed={replayed}
                />
              ))}
            </ul>
            {load.list.nextBefore !== null ? (
              <Button onClick={() => void readMore()} disabled={load.more === 'loading'}>
                {load.more === 'loading' ? t('dead-letters.loading') : t('dead-letters.more')}
              </Button>
            ) : null}
          </>
        )}
      </ScreenBody>
    </Screen>
  );
}
