// One notification the agenda could not read: when and how it came, why it was refused, its body
// on request, and "Read again" once the cause is fixed.
import { useState } from 'react';
import type { DeadLetterSummary } from '../../../shared/api/dead-letters.ts';
import { formatDateTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { Button } from '../../ui/Button.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { fetchDeadLetter, replayDeadLetter } from './dead-letters-api.ts';
import { reasonWords, sizeWords } from './reason-words.ts';

type Body = { status: 'closed' } | { status: 'loading' } | { status: 'shown'; text: string };
/** `reason`: the API client's sentence, or null when nothing better is known. */
type Replay =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'failed'; reason: string | null };

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function DeadLetterRow({
  letter,
  timeZone,
  onReplayed,
}: {
  letter: DeadLetterSummary;
  timeZone: string;
  onReplayed: (id: number, inboxId: number) => void;
}) {
  const [body, setBody] = useState<Body>({ status: 'closed' });
  const [replay, setReplay] = useState<Replay>({ status: 'idle' });
  /** Why the body could not be shown: the API client's sentence, or '' when it gave none. */
  const [bodyProblem, setBodyProblem] = useState<string | null>(null);
  const format = (iso: string) => formatDateTime(iso, timeZone);

  async function toggleBody() {
    if (body.status !== 'closed') {
      setBody({ status: 'closed' });
      return;
    }
    setBody({ status: 'loading' });
    setBodyProblem(null);
    try {
      const full = await fetchDeadLetter(letter.id);
      setBody({ status: 'shown', text: pretty(full.body) });
    } catch (error) {
      setBody({ status: 'closed' });
      setBodyProblem(error instanceof Error ? error.message : '');
    }
  }

  async function readAgain() {
    setReplay({ status: 'working' });
    try {
      onReplayed(letter.id, await replayDeadLetter(letter.id));
      setReplay({ status: 'idle' });
    } catch (error) {
      setReplay({ status: 'failed', reason: error instanceof Error ? error.message : null });
    }
  }

  const headingId = `dead-letter-${letter.id}`;
  return (
    <Panel
      as="li"
      accent="left"
      className={letter.replayedAt ? 'dead-letter dead-letter--replayed' : 'dead-letter'}
      aria-labelledby={headingId}
      title={format(letter.receivedAt)}
      titleId={headingId}
      aside={
        <span className="dead-letter__meta">
          {letter.source === 'pull' ? t('dead-letters.source.pull') : t('dead-letters.source.push')}{' '}
          · {sizeWords(letter.bytes)}
        </span>
      }
    >
      <p className="dead-letter__reason">{t(reasonWords(letter.reason))}</p>
      <p className="dead-letter__detail">
        <span className="dead-letter__detail-label">{t('dead-letters.technicalReason')}</span>{' '}
        <code>
          {letter.reason.length > 200 ? `${letter.reason.slice(0, 200)}…` : letter.reason}
        </code>
      </p>
      <div className="dead-letter__actions">
        {letter.replayedAt ? (
          <span className="dead-letter__replayed">
            {t('dead-letters.replayedOn', { when: format(letter.replayedAt) })}
          </span>
        ) : (
          <Button
            variant="primary"
            onClick={() => void readAgain()}
            disabled={replay.status === 'working'}
          >
            {replay.status === 'working' ? t('dead-letters.replaying') : t('dead-letters.replay')}
          </Button>
        )}
        <Button onClick={() => void toggleBody()} aria-expanded={body.status === 'shown'}>
          {body.status === 'shown' ? t('dead-letters.body.hide') : t('dead-letters.body.show')}
        </Button>
      </div>
      {replay.status === 'failed' ? (
        <p className="dead-letter__problem" role="alert">
          {replay.reason
            ? t('dead-letters.replayFailed', { reason: replay.reason })
            : t('dead-letters.replayFailed.unknown')}
        </p>
      ) : null}
      {bodyProblem ? (
        <p className="dead-letter__problem" role="alert">
          {bodyProblem
            ? t('dead-letters.body.failed', { reason: bodyProblem.replace(/\.$/, '') })
            : t('dead-letters.body.failed.unknown')}
        </p>
      ) : null}
      {body.status === 'loading' ? (
        <p className="dead-letter__detail">{t('dead-letters.loading')}</p>
      ) : null}
      {body.status === 'shown' ? (
        <figure className="dead-letter__figure">
          <figcaption className="dead-letter__detail-label">
            {t('dead-letters.body.caption')}
          </figcaption>
          <pre className="dead-letter__body">{body.text}</pre>
        </figure>
      ) : null}
    </Panel>
  );
}
