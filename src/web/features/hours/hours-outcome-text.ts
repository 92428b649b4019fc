// Docplanner's answer to opening or closing hours, in the words of the one who asked: what was
// done, how many days went through, and the days refused grouped by Docplanner's reason.
import type { HoursRequest, HoursResult } from '../../../shared/api/online-hours.ts';
import { formatterFor } from '../../lib/facility-time.ts';
import { activeIntlTag, type MessageId, t } from '../../lib/i18n/messages.ts';
import type { HoursOutcome } from './hours-api.ts';

/** What the person asked for, as the answer names it. */
export type Asked = `${HoursRequest['action']}-${HoursRequest['hours']['kind']}`;

/** Docplanner's answer, with what it answers. */
export type AskedOutcome = HoursOutcome & { asked: Asked };

export const actionLabels: Record<Asked, MessageId> = {
  'open-online': 'hours.action.openOnline',
  'open-regular': 'hours.action.openRegular',
  'open-services': 'hours.action.openServices',
  'close-online': 'hours.action.closeOnline',
  'close-regular': 'hours.action.closeRegular',
  'close-services': 'hours.action.closeServices',
};

/** What a request that went through changed, in the words of the one who asked. */
const doneTexts: Record<Asked, MessageId> = {
  'open-online': 'hours.done.openOnline',
  'open-regular': 'hours.done.openRegular',
  'open-services': 'hours.done.openServices',
  'close-online': 'hours.done.closeOnline',
  'close-regular': 'hours.done.closeRegular',
  'close-services': 'hours.done.closeServices',
};

export const outcomeTitles: Record<HoursOutcome['kind'], MessageId> = {
  applied: 'hours.outcome.applied',
  partly: 'hours.outcome.partly',
  failed: 'hours.outcome.failed',
  refused: 'hours.outcome.failed',
};

/** `2026-11-26` as the page's language writes a day: `Thu, 26 Nov`. */
function dayText(day: string): string {
  // A calendar date, not an instant: read at noon UTC, formatted in UTC.
  return formatterFor('UTC', { weekday: 'short', day: 'numeric', month: 'short' }).format(
    Date.parse(`${day}T12:00:00Z`),
  );
}

/**
 * The server says why Docplanner refused a day as "<what happened>: <Docplanner's own words>";
 * what happened is one of a few sentences, said here in the page's language. Docplanner's own
 * words (or a sentence this page does not know) are shown as they came.
 */
const docplannerReasons: readonly [string, MessageId][] = [
  ['Docplanner is busy with a previous change (try again in a minute)', 'hours.reason.busy'],
  ['Docplanner reports a conflict', 'hours.reason.conflict'],
  ['Docplanner does not allow this', 'hours.reason.notAllowed'],
  ['Docplanner refused it', 'hours.reason.refused'],
  ['Docplanner did not answer', 'hours.reason.noAnswer'],
];

function reasonText(message: string): string {
  for (const [english, id] of docplannerReasons) {
    if (message === english) return t(id);
    if (message.startsWith(`${english}: `)) {
      return `${t(id)}: ${message.slice(english.length + 2)}`;
    }
  }
  return message;
}

/** The days Docplanner refused, grouped by reason: `Thu, 26 Nov and Fri, 27 Nov: <reason>`. */
function failures(result: HoursResult): string[] {
  const byReason = new Map<string, string[]>();
  for (const failure of result.failed) {
    const days = byReason.get(failure.message) ?? [];
    if (!days.includes(failure.day)) days.push(failure.day);
    byReason.set(failure.message, days);
  }
  const list = new Intl.ListFormat(activeIntlTag(), { type: 'conjunction' });
  return [...byReason].map(([reason, days]) =>
    t('hours.outcome.failedDays', {
      days: list.format(days.sort().map(dayText)),
      reason: reasonText(reason),
    }),
  );
}

/** The lines under the answer's title. */
export function outcomeLines(outcome: AskedOutcome): string[] {
  switch (outcome.kind) {
    case 'applied':
      return [t(doneTexts[outcome.asked])];
    case 'partly': {
      const { applied, failed } = outcome.result;
      return [
        t('hours.outcome.partlyCount', {
          applied: applied.length,
          total: applied.length + failed.length,
        }),
        ...failures(outcome.result),
      ];
    }
    case 'failed':
      return [t('hours.outcome.nothingChanged'), ...failures(outcome.result)];
    case 'refused':
      // The server's own sentence (why it could not route the request), as the API client reads it.
      return [outcome.message];
  }
}
