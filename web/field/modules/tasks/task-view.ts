import { useEffect } from 'react';
import { enqueue } from '../../offline/outbox.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useNotificationList } from '../notifications/queries.ts';
import type { TaskRow } from './local.ts';
import { useTaskBoard } from './queries.ts';

export interface TaskView {
  loading: boolean;
  row: TaskRow | null;
  error: unknown;
  /** Not in the inbox, but a 撤回 notification names it: its title. */
  withdrawnTitle: string | null;
}

/** One task as the phone sees it (from the inbox it keeps, offline too). */
export function useTaskView(id: string): TaskView {
  const board = useTaskBoard();
  const notifications = useNotificationList();
  const row = board.rows.get(id) ?? null;
  const notice = notifications.data?.items.find((n) => n.kind === 'withdrawn' && n.instructionId === id);
  return {
    loading: !board.outboxLoaded || (!row && board.inbox.isPending),
    row,
    error: board.inbox.error,
    withdrawnTitle: notice?.title ?? null,
  };
}

/**
 * Opening an unread task reads it: queued under the instruction's id (sent once, offline too), so
 * the phone shows it read at once and the server hears of it when it can.
 */
export function useReadOnOpen(row: TaskRow | null): void {
  const me = useCurrentUser();
  const unread = row !== null && !row.withdrawn && row.status === 'unread';
  const task = unread ? row.item : null;
  useEffect(() => {
    if (!task) return;
    void enqueue('instructionRead', task.id, { instructionId: task.id, readAt: new Date().toISOString(), task }, { userId: me.id, once: true });
  }, [task, me.id]);
}
