import { List, Tag } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';
import { useDuration } from '../warnings/time-text.ts';
import type { TaskRow } from './local.ts';

export function UrgentTag() {
  const { t } = useTranslation();
  return <Tag color="danger" fill="solid" data-testid="task-urgent">{t('tasks.urgent')}</Tag>;
}

/** 未读 / 已读 / 已完成, or 已撤回; an answer or read still on the phone says so beside it. */
export function TaskStatusTag({ row }: { row: TaskRow }) {
  const { t } = useTranslation();
  const key = row.withdrawn ? 'withdrawn' : row.status;
  const color = key === 'unread' ? 'primary' : key === 'done' ? 'success' : 'default';
  return (
    <>
      <Tag color={color} fill="outline" data-testid="task-status" data-status={key}>{t(`tasks.status.${key}`)}</Tag>
      {row.queued && !row.withdrawn && <Tag color="warning" fill="outline" data-testid="task-queued">{t('tasks.queued')}</Tag>}
    </>
  );
}

/** The deadline in words: time left, time overdue (red), or when it was done. */
export function DueText({ row, now }: { row: TaskRow; now: number }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const due = Date.parse(row.item.dueAt);
  if (row.withdrawn) return <span className="muted">{t('tasks.status.withdrawn')}</span>;
  if (row.status === 'done') return <span className="task-done-line">{t('tasks.doneAt', { time: formatDateTime(row.item.doneAt) })}</span>;
  if (row.overdue) return <span className="task-overdue-line" data-testid="task-overdue">{t('tasks.overdueBy', { time: duration(now - due) })}</span>;
  return <span className={due - now < 3_600_000 ? 'attention' : 'muted'}>{t('tasks.dueIn', { time: duration(due - now) })}</span>;
}

export function TaskListItem({ row, now, prefix }: { row: TaskRow; now: number; prefix?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { item } = row;
  const state = row.withdrawn ? 'withdrawn' : row.overdue ? 'overdue' : row.status;
  return (
    <List.Item
      className={`task-row state-${state}`}
      prefix={prefix}
      onClick={() => void navigate(`/tasks/${encodeURIComponent(item.id)}`)}
      description={
        <>
          <div className="task-meta">{t('tasks.from', { name: item.sender.name })} · {formatDateTime(item.sentAt)}</div>
          <div className="task-deadline"><DueText row={row} now={now} /></div>
        </>
      }
      data-testid="task-row"
      data-id={item.id}
      data-state={state}
    >
      <div className="task-row-head">
        {item.priority === 'urgent' && !row.withdrawn && <UrgentTag />}
        <span className={`task-title${row.status === 'unread' && !row.withdrawn ? ' unread' : ''}`}>{item.title}</span>
      </div>
      <div className="task-tags"><TaskStatusTag row={row} /></div>
    </List.Item>
  );
}
