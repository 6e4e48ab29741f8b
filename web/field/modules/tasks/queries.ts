import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { cachedGet } from '../../offline/cached-get.ts';
import { useOutbox, useSynced } from '../../offline/hooks.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useNotificationList } from '../notifications/queries.ts';
import { useNow, useWarningBoard } from '../warnings/queries.ts';
import { boardTasks, countBoard, type BoardTask, type TaskCounts } from './board.ts';
import { useEventTasks } from './event-queries.ts';
import { mergeTasks, type TaskRow } from './local.ts';

/** New instructions reach the worker without a push: the inbox is asked again every minute while the app is in front. */
const REFRESH_MS = 60_000;

/** The worker's inbox (GET /api/instructions/inbox), kept on the phone per user for offline reading. */
export function useInbox() {
  const me = useCurrentUser();
  return useQuery({
    queryKey: ['tasks', 'inbox'],
    queryFn: () => cachedGet(me.id, 'GET /api/instructions/inbox'),
    refetchInterval: REFRESH_MS,
  });
}

export interface TaskBoard {
  rows: Map<string, TaskRow>;
  inbox: ReturnType<typeof useInbox>;
  outboxLoaded: boolean;
}

/** The inbox merged with the phone's reads and answers (the task list, a task's page). */
export function useTaskBoard(): TaskBoard {
  const me = useCurrentUser();
  const inbox = useInbox();
  const notifications = useNotificationList();
  const outbox = useOutbox(me.id);
  const synced = useSynced(me.id);
  const now = useNow();
  const rows = useMemo(() => mergeTasks({
    server: inbox.data?.items ?? [], outbox: outbox.items, synced, notifications: notifications.data?.items ?? [], myName: me.displayName, now,
  }), [inbox.data, outbox.items, synced, notifications.data, me.displayName, now]);
  return { rows, inbox, outboxLoaded: outbox.loaded };
}

export interface TaskList {
  /** Emergencies first, then overdue, then by deadline: instructions, events and warnings together. */
  tasks: BoardTask[];
  /** Null before any of the three lists (the server's or the phone's copy) arrived. */
  counts: TaskCounts | null;
  /** Nothing to show and none of the lists could be had. */
  failed: unknown;
  pending: boolean;
  refetch(): Promise<unknown>;
}

/** The worker's one list (任务 and the home card): the inbox, the events dispatched to them, the warnings to verify. */
export function useTaskList(): TaskList {
  const board = useTaskBoard();
  const events = useEventTasks();
  const warnings = useWarningBoard();
  const tasks = useMemo(
    () => boardTasks({ instructions: board.rows.values(), events: events.rows.values(), warnings: warnings.rows.values() }),
    [board.rows, events.rows, warnings.rows],
  );
  const sources = [board.inbox, events.list, warnings.lists.open, warnings.lists.overdue];
  const arrived = sources.some((q) => q.data !== undefined) || tasks.length > 0;
  const failedSource = sources.find((q) => q.isError);
  return {
    tasks,
    counts: arrived ? countBoard(tasks) : null,
    failed: !arrived && failedSource ? failedSource.error : null,
    pending: !arrived && sources.some((q) => q.isPending),
    refetch: () => Promise.all(sources.map((q) => q.refetch())),
  };
}
