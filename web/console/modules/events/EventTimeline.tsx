import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../common/contracts/field.ts';
import { stepOf } from '../../../../common/events/workflow.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ChangeHistory, type HistoryEntry } from '../../ui/ChangeHistory.tsx';
import { term } from '../field/labels.ts';

type Step = EventDetail['history'][number];

/** What one line of the history did: the action of the loop, a dispatch with its assignee, a verification's outcome. */
function stepText(t: TFunction, h: Step): ReactNode {
  switch (h.action) {
    case 'dispatch': return t('events.historyAction.dispatchTo', { assignee: h.assignee ?? '' });
    case 'verify': return t(h.to === 'verified' ? 'events.historyAction.verifyPassed' : 'events.historyAction.verifyFailed');
    case 'extend': case 'suspend': case 'void': case 'resume': return t(`events.historyAction.${h.action}`);
    case null: return <>{term(t, 'eventStatus', h.from)} → {term(t, 'eventStatus', h.to)}</>;
    default: return term(t, 'eventAction', h.action);
  }
}

function colorOf(h: Step): string {
  if (h.action === 'return' || (h.action === 'verify' && h.to !== 'verified')) return 'red';
  if (h.to === 'rejected' || h.to === 'voided') return 'gray';
  if (h.action === 'handle' || h.action === 'verify' || h.action === 'close') return 'green';
  return 'blue';
}

/** The loop as it ran, oldest first: the report, then each step with who took it, its note and the deadline of the step it led to. */
export function EventTimeline({ detail: { event, history } }: { detail: EventDetail }) {
  const { t } = useTranslation();
  const report: HistoryEntry = {
    key: 'report',
    color: 'blue',
    when: formatDateTime(event.createdAt),
    change: <strong>{t(event.handledOnSpot ? 'events.historyAction.reportOnSpot' : 'events.historyAction.report')}</strong>,
    by: t('events.by', { name: event.reporterName }),
    note: null,
  };
  const steps = history.map((h, i): HistoryEntry => ({
    key: i,
    color: colorOf(h),
    when: formatDateTime(h.at),
    change: <strong data-testid="event-history-step">{stepText(t, h)}</strong>,
    by: t('events.by', { name: h.by }),
    // The deadline the step set: that of the step it led to.
    details: h.dueAt ? <span className="text-muted history-by">{t('events.historyDue', { step: term(t, 'eventStep', stepOf(h.to)), at: formatDateTime(h.dueAt) })}</span> : undefined,
    note: h.note,
  }));
  return <ChangeHistory titleSpan="140px" testId="event-history" entries={[report, ...steps]} />;
}
