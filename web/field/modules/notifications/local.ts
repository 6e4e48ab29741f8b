import type { NotificationView } from '../../../../common/contracts/instructions.ts';
import { NOTIFICATION_KIND, type NotificationKind } from '../../../../common/instructions/vocabulary.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import type { InstructionFeedbackPayload, InstructionReadPayload, NotificationReadPayload, OutboxItem } from '../../offline/outbox-types.ts';

/**
 * The worker's notifications as the phone sees them: the server's list with what the phone has
 * read since. Tapping one queues its read; reading or answering a task reads the task's
 * notifications on the server, up to that moment (a reminder after it stays unread). Pure,
 * unit-tested.
 */
export interface NotificationRow {
  view: NotificationView;
  read: boolean;
  /** Where tapping it leads; null for a kind this app does not know (shown by its title alone). */
  link: string | null;
}

export interface NotificationSources {
  server: readonly NotificationView[];
  /** The server's unread count (over all of them, not only those listed). */
  unread: number;
  outbox: readonly OutboxItem[];
  synced: readonly SyncedRecord[];
}

/**
 * The kind as this app knows it: the server may send kinds added after it was built, which
 * show by their title alone, without a link.
 */
export function kindOf(kind: string): NotificationKind | 'other' {
  return (NOTIFICATION_KIND.codes as readonly string[]).includes(kind) ? kind as NotificationKind : 'other';
}

/** About an event (dispatched to the worker, reworked, overdue, escalated, a request decided): its task page; about an instruction: the instruction's. */
export function linkOf(n: Pick<NotificationView, 'kind' | 'instructionId' | 'eventId' | 'warningId'>): string | null {
  if (kindOf(n.kind) === 'other') return null;
  if (n.eventId) return `/tasks/events/${encodeURIComponent(n.eventId)}`;
  if (n.warningId) return `/warnings/${encodeURIComponent(n.warningId)}`;
  return n.instructionId ? `/tasks/${encodeURIComponent(n.instructionId)}` : null;
}

export function mergeNotifications(src: NotificationSources): { rows: NotificationRow[]; unread: number } {
  const readIds = new Set<string>();
  /** Instruction id → up to when its notifications count as read (a waiting read: all of them). */
  const taskReadUntil = new Map<string, number>();
  const readTask = (id: string, until: number) => taskReadUntil.set(id, Math.max(taskReadUntil.get(id) ?? 0, until));
  const note = (kind: OutboxItem['kind'], payload: unknown, until: number) => {
    if (kind === 'notificationRead') (payload as NotificationReadPayload).ids.forEach((id) => readIds.add(id));
    else if (kind === 'instructionRead' || kind === 'instructionFeedback') readTask((payload as InstructionReadPayload | InstructionFeedbackPayload).instructionId, until);
  };
  for (const item of src.outbox) if (item.state === 'pending') note(item.kind, item.payload, Infinity);
  for (const record of src.synced) note(record.kind, record.payload, record.syncedAt);

  let readHere = 0;
  const rows = src.server.map((view): NotificationRow => {
    const until = view.instructionId ? taskReadUntil.get(view.instructionId) : undefined;
    const here = readIds.has(view.id) || (until !== undefined && Date.parse(view.at) <= until);
    if (!view.readAt && here) readHere += 1;
    return { view, read: view.readAt !== null || here, link: linkOf(view) };
  });
  return { rows, unread: Math.max(0, src.unread - readHere) };
}
