import type { FeedbackView, InboxItem, NotificationView } from '../../../../common/contracts/instructions.ts';
import { isReceiptOverdue } from '../../../../common/instructions/inbox.ts';
import type { ReceiptStatus } from '../../../../common/instructions/vocabulary.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import {
  isWithdrawn, type InstructionFeedbackPayload, type InstructionReadPayload, type OutboxItem,
} from '../../offline/outbox-types.ts';

/**
 * Tasks (任务: the instructions in the worker's inbox) as the phone sees them: the server's copy
 * (the last inbox kept on the phone when offline) with the worker's own reads and answers over
 * it. Pure functions, unit-tested.
 *
 * - A read waiting in the outbox shows the task read (done, when it asks no feedback); an
 *   answer waiting shows it done, the answer listed as waiting to upload.
 * - What was sent shows until the next inbox includes it: a receipt only moves forward
 *   (unread → read → done), so the further of two copies is the fresher.
 * - A read or answer that met INSTRUCTION_WITHDRAWN, or a 撤回 notification, shows the task
 *   withdrawn (the server's inbox drops it; the phone keeps the copy it had).
 * - Overdue is the deadline passing, worked out on the phone from `dueAt`.
 */
export type FeedbackState = 'stored' | 'pending' | 'rejected';

export interface TaskFeedback {
  view: FeedbackView;
  state: FeedbackState;
}

export interface TaskRow {
  /** The freshest copy; `status`, `readAt` and `doneAt` as the phone sees them now. */
  item: InboxItem;
  status: ReceiptStatus;
  overdue: boolean;
  withdrawn: boolean;
  /** Stored answers, then the phone's own not stored yet, in the order given. */
  feedback: TaskFeedback[];
  /** The phone's read or answer waits in the outbox. */
  queued: boolean;
}

export interface TaskSources {
  /** The server's tasks the phone holds (one inbox, possibly old). */
  server: readonly InboxItem[];
  outbox: readonly OutboxItem[];
  synced: readonly SyncedRecord[];
  /** The worker's notifications: a 撤回 one says the task was withdrawn. */
  notifications: readonly NotificationView[];
  /** Who the phone's own answers are by, until the server names them. */
  myName: string;
  now: number;
}

const RANK: Record<ReceiptStatus, number> = { unread: 0, read: 1, done: 2 };

interface Draft {
  item: InboxItem;
  feedback: Map<string, TaskFeedback>;
  withdrawn: boolean;
  queued: boolean;
}

/** Moves a copy forward to `status` (never back), stamping when it got there if the copy did not say. */
function advance(item: InboxItem, status: ReceiptStatus, at: string): InboxItem {
  if (RANK[status] <= RANK[item.status]) return item;
  return { ...item, status, readAt: item.readAt ?? at, doneAt: status === 'done' ? item.doneAt ?? at : item.doneAt };
}

/** The further of two copies of one task, with the answers of both. */
function further(a: InboxItem, b: InboxItem): InboxItem {
  const ahead = RANK[b.status] > RANK[a.status] ? b : a;
  const known = new Set(ahead.feedback.map((f) => f.id));
  const other = ahead === a ? b : a;
  return { ...ahead, feedback: [...ahead.feedback, ...other.feedback.filter((f) => !known.has(f.id))] };
}

type ReadItem = OutboxItem & { kind: 'instructionRead' };
type FeedbackItem = OutboxItem & { kind: 'instructionFeedback' };

function localFeedback(p: InstructionFeedbackPayload, myName: string): FeedbackView {
  return { id: p.id, text: p.text ?? '', values: p.values ?? {}, byName: myName, at: p.answeredAt, photos: [] };
}

export function mergeTasks(src: TaskSources): Map<string, TaskRow> {
  const drafts = new Map<string, Draft>();
  const draftOf = (copy: InboxItem): Draft => {
    let d = drafts.get(copy.id);
    if (!d) {
      d = { item: copy, feedback: new Map(), withdrawn: false, queued: false };
      drafts.set(copy.id, d);
    }
    return d;
  };
  const keep = (copy: InboxItem) => {
    const known = drafts.get(copy.id);
    if (known) known.item = further(known.item, copy);
    else draftOf(copy);
  };
  src.server.forEach(keep);

  for (const record of src.synced) {
    if (record.kind !== 'instructionRead' && record.kind !== 'instructionFeedback') continue;
    const payload = record.payload as InstructionReadPayload | InstructionFeedbackPayload;
    if (isWithdrawn(record.result)) {
      draftOf(payload.task).withdrawn = true;
      continue;
    }
    // Sent and stored: it updates a task the phone shows; one the inbox no longer has is not brought back.
    const d = drafts.get(payload.instructionId);
    if (!d) continue;
    if (record.kind === 'instructionRead') {
      const answer = record.result as InboxItem | null;
      if (answer) d.item = further(d.item, answer);
      else d.item = advance(d.item, d.item.feedbackRequired ? 'read' : 'done', (payload as InstructionReadPayload).readAt);
    } else {
      const answer = record.result as FeedbackView | null;
      const p = payload as InstructionFeedbackPayload;
      d.item = advance(d.item, 'done', p.answeredAt);
      if (!d.item.feedback.some((f) => f.id === p.id)) d.item = { ...d.item, feedback: [...d.item.feedback, answer ?? localFeedback(p, src.myName)] };
    }
  }

  for (const item of src.outbox) {
    if (item.kind === 'instructionRead') applyRead(draftOf(item.payload.task), item);
    else if (item.kind === 'instructionFeedback') applyFeedback(draftOf(item.payload.task), item, src.myName);
  }

  const withdrawnByNotice = new Set(src.notifications.filter((n) => n.kind === 'withdrawn' && n.instructionId).map((n) => n.instructionId!));
  const rows = new Map<string, TaskRow>();
  for (const [id, d] of drafts) {
    const withdrawn = d.withdrawn || withdrawnByNotice.has(id);
    const stored = d.item.feedback.map((view): TaskFeedback => ({ view, state: 'stored' }));
    const mine = [...d.feedback.values()].filter((f) => !d.item.feedback.some((s) => s.id === f.view.id));
    rows.set(id, {
      item: d.item,
      status: d.item.status,
      overdue: !withdrawn && isReceiptOverdue(d.item.status, Date.parse(d.item.dueAt), src.now),
      withdrawn,
      feedback: [...stored, ...mine],
      queued: d.queued,
    });
  }
  return rows;
}

function applyRead(d: Draft, item: ReadItem): void {
  if (item.state !== 'pending') return;
  d.item = advance(d.item, d.item.feedbackRequired ? 'read' : 'done', item.payload.readAt);
  d.queued = true;
}

function applyFeedback(d: Draft, item: FeedbackItem, myName: string): void {
  const view = localFeedback(item.payload, myName);
  d.feedback.set(view.id, { view, state: item.state === 'rejected' ? 'rejected' : 'pending' });
  if (item.state !== 'pending') return;
  d.item = advance(d.item, 'done', item.payload.answeredAt);
  d.queued = true;
}
