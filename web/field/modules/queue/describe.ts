import type { TFunction } from 'i18next';
import { VERIFICATION_OUTCOME } from '../../../../common/declarations/vocabulary.ts';
import { DIRECTION, EVENT_CATEGORY, ORIGIN_CATEGORY, VISIT_OUTCOME, type Term } from '../../../../common/field/vocabulary.ts';
import { maskIdNumber } from '../../../../common/identity/mask.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { InstructionFeedbackPayload, OutboxItem, OutboxKind, StoredError } from '../../offline/outbox-types.ts';
import type { ItemStatus } from '../../offline/plan.ts';
import { problemText } from '../../ui/field-errors.ts';

type TermFn = (term: Term | undefined) => string;

/** One line saying what a queued record is, for lists. */
export function describeItem(item: { kind: OutboxKind; payload: unknown }, t: TFunction, term: TermFn, all: readonly OutboxItem[] = []): string {
  const i = item as OutboxItem;
  switch (i.kind) {
    case 'household': return i.payload.address;
    case 'person': return [i.payload.name, i.payload.idNumber ? maskIdNumber(i.payload.idNumber) : null].filter(Boolean).join(' · ');
    case 'movement': {
      const person = all.find((o) => o.id === i.payload.personId && o.kind === 'person');
      const name = person?.kind === 'person' ? `${person.payload.name} · ` : '';
      return `${name}${term(DIRECTION.labels[i.payload.direction])} · ${term(ORIGIN_CATEGORY.labels[i.payload.category])}`;
    }
    case 'visit': return `${term(VISIT_OUTCOME.labels[i.payload.outcome])} · ${formatDateTime(i.payload.visitedAt)}`;
    case 'event': {
      const onSpot = i.payload.handledOnSpot ? ` · ${t('event.onSpotShort')}` : '';
      return `${term(EVENT_CATEGORY.labels[i.payload.category])}${onSpot} · ${shorten(i.payload.description)}`;
    }
    case 'shiftStart': return i.payload.checkpointName;
    case 'shiftEnd': return formatDateTime(i.payload.endedAt);
    case 'heartbeat': return formatDateTime(i.payload.at);
    case 'warningVerify': return `${i.payload.warning.name} · ${term(VERIFICATION_OUTCOME.labels[i.payload.outcome])}`;
    case 'instructionRead': return i.payload.task.title;
    case 'instructionFeedback': return [i.payload.task.title, feedbackLine(i.payload)].filter(Boolean).join(' · ');
    case 'notificationRead': return i.payload.ids.length > 1 ? t('notifications.allRead', { count: i.payload.ids.length }) : i.payload.title;
    case 'eventHandle': return `${term(EVENT_CATEGORY.labels[i.payload.event.category])} · ${shorten(i.payload.note)}`;
  }
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** An answer in a few words: the counts with their labels, else the start of the text. */
function feedbackLine(p: InstructionFeedbackPayload): string {
  const counts = p.task.feedbackFields.filter((f) => p.values?.[f.key] !== undefined).map((f) => `${f.label} ${p.values![f.key]}${f.unit ?? ''}`);
  if (counts.length > 0) return counts.join('，');
  return shorten(p.text ?? '');
}

/** Why the server refused (or the last try failed): the error code's text and each field's problem. */
export function errorLines(error: StoredError, t: TFunction, english: boolean): { summary: string; fields: { field: string; text: string }[] } {
  const summary = t(`error.${error.code}`, { defaultValue: error.message || error.code });
  const fields = Object.entries(error.fields).map(([field, reason]) => ({
    field: t(`fieldName.${field.replace(/^\/+/, '').split(/[./]/)[0]}`, { defaultValue: field }),
    text: problemText(t, reason, english),
  }));
  return { summary, fields };
}

export function statusText(status: ItemStatus | undefined, item: OutboxItem, sendingId: string | null, t: TFunction, blockerLabel: (id: string) => string): string {
  if (item.id === sendingId) return t('queue.status.sending');
  switch (status?.state) {
    case 'ready': return t('queue.status.ready');
    case 'retrying': return t('queue.status.retrying', { count: item.attempts, time: formatDateTime(new Date(status.at).toISOString()).slice(11) });
    case 'queued': return item.attempts > 0 ? t('queue.status.queuedRetried', { count: item.attempts }) : t('queue.status.queued');
    case 'blocked': return t('queue.status.blocked', { what: blockerLabel(status.by) });
    case 'rejected': return t('queue.status.rejected');
    default: return '';
  }
}
