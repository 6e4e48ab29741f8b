import type { ReceiptStatus } from './vocabulary.ts';

/** What orders a receipt in an inbox: the server's answer and the phone's own view of it alike. */
export interface InboxOrdered {
  status: ReceiptStatus;
  overdue: boolean;
  dueAt: string;
  doneAt: string | null;
}

/** Not done by the deadline: a done receipt is never overdue, however late it was done. */
export function isReceiptOverdue(status: ReceiptStatus, dueAtMs: number, nowMs: number): boolean {
  return status !== 'done' && dueAtMs < nowMs;
}

const STATUS_RANK: Record<ReceiptStatus, number> = { unread: 1, read: 2, done: 3 };

/** The worker's order: overdue first, then unread, read and done; the nearest deadline first within each, the latest done first. */
export function inboxOrder(a: InboxOrdered, b: InboxOrdered): number {
  const rank = (i: InboxOrdered) => (i.overdue ? 0 : STATUS_RANK[i.status]);
  return rank(a) - rank(b) || (a.status === 'done' ? (b.doneAt ?? '').localeCompare(a.doneAt ?? '') : a.dueAt.localeCompare(b.dueAt));
}
