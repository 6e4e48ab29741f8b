import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../common/contracts/field.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { term } from '../field/labels.ts';
import { deadlineState } from './deadline.ts';
import { spanText } from './span-text.ts';

type Clocked = Pick<EventView, 'step' | 'dueAt' | 'overdue' | 'suspended' | 'escalated'>;

/** The 督办 and 缓办 marks of an open step. */
export function StepMarks({ event }: { event: Clocked }) {
  const { t } = useTranslation();
  if (!event.step) return null;
  return (
    <>
      {event.escalated && <Tag color="volcano" data-testid="event-escalated">{t('events.clock.escalated')}</Tag>}
      {event.suspended && <Tag color="purple" data-testid="event-suspended">{t('events.clock.suspended')}</Tag>}
    </>
  );
}

/**
 * How the current step stands against its deadline: time left, or red and how late; the
 * absolute deadline beside it (`inline`) or in a tooltip (a table cell).
 */
export function DeadlineText({ event, inline = false }: { event: Clocked; inline?: boolean }) {
  const { t } = useTranslation();
  if (!event.step) return <span className="text-muted">{t('common.none')}</span>;
  if (event.suspended || !event.dueAt) return <span className="text-muted">{t(event.suspended ? 'events.clock.paused' : 'events.clock.none')}</span>;
  const { late, span } = deadlineState(event.dueAt, Date.now());
  const text = late || event.overdue ? t('events.clock.late', { span: spanText(t, span) }) : t('events.clock.left', { span: spanText(t, span) });
  const absolute = formatDateTime(event.dueAt);
  const shown = <span className={late || event.overdue ? 'deadline-late' : undefined} data-testid="event-deadline">{text}</span>;
  if (inline) return <span>{shown} <span className="text-muted">（{t('events.clock.due', { at: absolute })}）</span></span>;
  return <Tooltip title={t('events.clock.due', { at: absolute })}>{shown}</Tooltip>;
}

/** The step's name with its marks, as the list and the drawer show it. */
export function StepName({ event }: { event: Clocked }) {
  const { t } = useTranslation();
  if (!event.step) return <span className="text-muted">{t('common.none')}</span>;
  return <span><span data-testid="event-step">{term(t, 'eventStep', event.step)}</span> <StepMarks event={event} /></span>;
}
