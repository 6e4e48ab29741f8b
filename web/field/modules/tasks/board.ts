import { inboxOrder, type InboxOrdered } from '../../../../common/instructions/inbox.ts';
import type { WarningRow } from '../warnings/local.ts';
import { isEmergency, isEventOpen, type EventTaskRow } from './event-tasks.ts';
import type { TaskRow } from './local.ts';

/**
 * The worker's one task list (任务): the instructions of the inbox, the events dispatched to
 * them and the warnings waiting for their verification, in one order. Pure, unit-tested.
 *
 * - Emergency assignments (urgent events still to do) come first.
 * - Then the inbox's order (common/instructions/inbox.ts) over all of them: overdue first, then
 *   what waits (unread before read), then what is done; the nearest deadline first within each.
 *   An event or a warning waiting for the worker counts as unread (it asks to be looked at); a
 *   handled one as done.
 * - Withdrawn instructions and events whose handling was not used come last.
 */
export type BoardTask =
  | { kind: 'instruction'; id: string; row: TaskRow }
  | { kind: 'event'; id: string; row: EventTaskRow }
  | { kind: 'warning'; id: string; row: WarningRow };

export interface BoardSources {
  instructions: Iterable<TaskRow>;
  events: Iterable<EventTaskRow>;
  /** Every warning the phone knows: the verified ones are left out. */
  warnings: Iterable<WarningRow>;
}

/** A suspended event has no deadline: after every dated one. */
const NO_DEADLINE = '9999-12-31T23:59:59.999Z';

function ordered(task: BoardTask): InboxOrdered {
  switch (task.kind) {
    case 'instruction': {
      const { row } = task;
      return { status: row.status, overdue: row.overdue, dueAt: row.item.dueAt, doneAt: row.item.doneAt };
    }
    case 'event': {
      const { row } = task;
      const open = isEventOpen(row);
      return { status: open ? 'unread' : 'done', overdue: row.overdue, dueAt: row.event.dueAt ?? NO_DEADLINE, doneAt: open ? null : row.mine?.handledAt ?? row.event.createdAt };
    }
    case 'warning':
      return { status: 'unread', overdue: task.row.status === 'overdue', dueAt: task.row.view.dueAt, doneAt: null };
  }
}

function settledAside(task: BoardTask): boolean {
  return (task.kind === 'instruction' && task.row.withdrawn) || (task.kind === 'event' && task.row.state === 'moved');
}

function emergency(task: BoardTask): boolean {
  return task.kind === 'event' && isEmergency(task.row);
}

export function boardTasks(src: BoardSources): BoardTask[] {
  const tasks: BoardTask[] = [
    ...[...src.instructions].map((row): BoardTask => ({ kind: 'instruction', id: row.item.id, row })),
    ...[...src.events].map((row): BoardTask => ({ kind: 'event', id: row.event.id, row })),
    ...[...src.warnings].filter((row) => row.status !== 'verified').map((row): BoardTask => ({ kind: 'warning', id: row.view.id, row })),
  ];
  return tasks.sort((a, b) => Number(emergency(b)) - Number(emergency(a))
    || Number(settledAside(a)) - Number(settledAside(b))
    || inboxOrder(ordered(a), ordered(b))
    || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** Still to do for the worker: not done, not withdrawn, not settled without them. */
export function isOpenTask(task: BoardTask): boolean {
  switch (task.kind) {
    case 'instruction': return !task.row.withdrawn && task.row.status !== 'done';
    case 'event': return isEventOpen(task.row);
    case 'warning': return task.row.status !== 'verified';
  }
}

export interface TaskCounts {
  /** Still to do: not done, not withdrawn, not settled without the worker. */
  open: number;
  /** Instructions not opened yet. */
  unread: number;
  overdue: number;
}

/** Open, unread and overdue, over the three kinds. */
export function countBoard(tasks: readonly BoardTask[]): TaskCounts {
  const counts: TaskCounts = { open: 0, unread: 0, overdue: 0 };
  for (const task of tasks) {
    if (!isOpenTask(task)) continue;
    counts.open += 1;
    if (task.kind === 'instruction' && task.row.status === 'unread') counts.unread += 1;
    if (task.kind === 'warning' ? task.row.status === 'overdue' : task.row.overdue) counts.overdue += 1;
  }
  return counts;
}
