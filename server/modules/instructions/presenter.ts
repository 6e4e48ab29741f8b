import type {
  FeedbackView, InboxItem, InstructionFile, InstructionSummary, ProgressCounts, ReceiptView,
} from '../../../common/contracts/instructions.ts';
import type { InstructionFileRef } from '../../db/schema.ts';
import { isReceiptOverdue } from '../../../common/instructions/inbox.ts';
import type {
  InstructionPriority, InstructionStatus, ReceiptStatus, RecipientKind,
} from '../../../common/instructions/vocabulary.ts';
import type { InstructionRow } from './store.ts';
import type { FeedbackRow, InboxRow, ReceiptListRow } from './receipts-store.ts';

export const NO_PROGRESS: ProgressCounts = { total: 0, read: 0, done: 0, overdue: 0 };

export function instructionStatus(row: Pick<InstructionRow, 'withdrawn_at' | 'send_at'>, now: Date): InstructionStatus {
  if (row.withdrawn_at) return 'withdrawn';
  return row.send_at > now ? 'scheduled' : 'sent';
}

export function toSummary(row: InstructionRow, progress: ProgressCounts, forwardOf: InstructionRow | null, now: Date): InstructionSummary {
  return {
    id: row.id,
    title: row.title,
    priority: row.priority as InstructionPriority,
    status: instructionStatus(row, now),
    dueAt: row.due_at.toISOString(),
    sendAt: row.send_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    sender: { name: row.sender_name, region: { code: row.sender_region, name: row.sender_region_name, level: row.sender_region_level } },
    kind: row.kind as RecipientKind,
    level: row.kind === 'staff' ? row.unit_level : null,
    feedbackRequired: row.feedback_required,
    forwardOf: forwardOf ? toRef(forwardOf) : null,
    progress: { total: progress.total, read: progress.read, done: progress.done, overdue: progress.overdue },
  };
}

export function toRef(row: InstructionRow) {
  return { id: row.id, title: row.title, senderRegion: { code: row.sender_region, name: row.sender_region_name, level: row.sender_region_level } };
}

/** The files an instruction or its feedback lists, each read through the instruction. */
export function toFileViews(instructionId: string, refs: InstructionFileRef[]): InstructionFile[] {
  return refs.map((f) => ({ ...f, url: `/api/instructions/${instructionId}/files/${f.id}` }));
}

export function toFeedbackView(row: FeedbackRow): FeedbackView {
  return { id: row.id, text: row.text, values: row.values, byName: row.by_name, at: row.at.toISOString(), photos: toFileViews(row.instruction_id, row.photos) };
}

const isOverdue = (status: string, dueAt: Date, now: Date) => isReceiptOverdue(status as ReceiptStatus, dueAt.getTime(), now.getTime());

export function toInboxItem(row: InboxRow, feedback: FeedbackRow[], now: Date): InboxItem {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    priority: row.priority as InstructionPriority,
    dueAt: row.due_at.toISOString(),
    sentAt: row.send_at.toISOString(),
    status: row.receipt_status as ReceiptStatus,
    overdue: isOverdue(row.receipt_status, row.due_at, now),
    feedbackRequired: row.feedback_required,
    feedbackFields: row.feedback_fields,
    sender: { name: row.sender_name, region: { code: row.sender_region, name: row.sender_region_name, level: row.sender_region_level } },
    unit: { code: row.unit_code, name: row.unit_name, level: row.unit_level },
    readAt: row.read_at?.toISOString() ?? null,
    doneAt: row.done_at?.toISOString() ?? null,
    feedback: feedback.map(toFeedbackView),
    attachments: toFileViews(row.id, row.attachments),
  };
}

export function toReceiptView(row: ReceiptListRow, dueAt: Date, feedback: FeedbackRow | undefined, recipients: string[], now: Date): ReceiptView {
  return {
    unit: { code: row.unit_code, name: row.unit_name, level: row.unit_level },
    status: row.status as ReceiptStatus,
    overdue: isOverdue(row.status, dueAt, now),
    readAt: row.read_at?.toISOString() ?? null,
    readBy: row.read_by_name,
    doneAt: row.done_at?.toISOString() ?? null,
    feedback: feedback ? toFeedbackView(feedback) : null,
    reminders: row.reminders,
    recipients,
  };
}
