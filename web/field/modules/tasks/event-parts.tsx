import { List, Tag } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EVENT_STATUS_LABELS } from '../../../../common/events/workflow.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { useTerm } from '../../ui/term.ts';
import { useDuration } from '../warnings/time-text.ts';
import { isEmergency, type EventTaskRow } from './event-tasks.ts';

export const eventTaskPath = (id: string) => `/tasks/events/${encodeURIComponent(id)}`;

/** 应急: an urgent event dispatched to the worker, still to do. */
export function EmergencyTag() {
  const { t } = useTranslation();
  return <Tag className="emergency-tag" color="danger" fill="solid" data-testid="event-emergency">{t('eventTask.emergency')}</Tag>;
}

/** What sets the event apart: 紧急 (urgent, once no longer an emergency), 督办, 返工, 缓办. */
export function EventFlags({ row }: { row: EventTaskRow }) {
  const { t } = useTranslation();
  const { event } = row;
  return (
    <>
      {event.priority === 'urgent' && !isEmergency(row) && <Tag color="danger" fill="outline" data-testid="event-urgent">{t('tasks.urgent')}</Tag>}
      {event.escalated && <Tag color="danger" fill="outline" data-testid="event-escalated">{t('eventTask.escalated')}</Tag>}
      {event.reworks > 0 && <Tag color="warning" fill="outline" data-testid="event-rework">{t('eventTask.rework', { count: event.reworks })}</Tag>}
      {event.suspended && <Tag color="default" fill="outline" data-testid="event-suspended">{t('eventTask.suspended')}</Tag>}
    </>
  );
}

/** 待处置, 已处置（待上传）, 处置被退回, 未被采用, or the event's status once no longer the worker's. */
export function EventStateTag({ row }: { row: EventTaskRow }) {
  const { t } = useTranslation();
  const term = useTerm();
  const color = row.state === 'open' ? 'primary' : row.state === 'queued' ? 'warning' : row.state === 'refused' ? 'danger' : row.state === 'done' ? 'success' : 'default';
  const text = row.state === 'done' ? term(EVENT_STATUS_LABELS[row.event.status]) : t(`eventTask.state.${row.state}`);
  return <Tag color={color} fill="outline" data-testid="event-state" data-state={row.state} data-status={row.event.status}>{text}</Tag>;
}

/** The handling deadline in words: time left, 已超期 (red), the clock stopped, or where the event stands. */
export function EventDueText({ row, now }: { row: EventTaskRow; now: number }) {
  const { t } = useTranslation();
  const term = useTerm();
  const duration = useDuration();
  const { event } = row;
  if (row.state === 'queued') return <span className="task-done-line">{t('eventTask.handledWaiting')}</span>;
  if (row.state === 'done') return <span className="task-done-line">{term(EVENT_STATUS_LABELS[event.status])}</span>;
  if (row.state === 'moved') return <span className="muted">{t('eventTask.state.moved')}</span>;
  if (event.suspended) return <span className="muted">{t('eventTask.clockStopped')}</span>;
  if (!event.dueAt) return null;
  const due = Date.parse(event.dueAt);
  if (row.overdue) return <span className="task-overdue-line" data-testid="event-overdue">{t('eventTask.overdueBy', { time: duration(now - due) })}</span>;
  return <span className={due - now < 3_600_000 ? 'attention' : 'muted'}>{t('tasks.dueIn', { time: duration(due - now) })}</span>;
}

export function EventTaskListItem({ row, now, prefix }: { row: EventTaskRow; now: number; prefix?: ReactNode }) {
  const navigate = useNavigate();
  const term = useTerm();
  const { event } = row;
  const emergency = isEmergency(row);
  const state = row.overdue ? 'overdue' : row.state;
  return (
    <List.Item
      className={`task-row event-row state-${state}${emergency ? ' emergency' : ''}`}
      prefix={prefix}
      onClick={() => void navigate(eventTaskPath(event.id))}
      description={
        <>
          <div className="task-meta event-description">{event.description}</div>
          <div className="task-meta">{event.grid.name}</div>
          <div className="task-deadline"><EventDueText row={row} now={now} /></div>
        </>
      }
      data-testid="event-row"
      data-id={event.id}
      data-state={state}
      data-emergency={emergency}
    >
      <div className="task-row-head">
        {emergency && <EmergencyTag />}
        <span className="task-title unread">{term(EVENT_CATEGORY.labels[event.category])}</span>
      </div>
      <div className="task-tags"><EventStateTag row={row} /><EventFlags row={row} /></div>
    </List.Item>
  );
}
