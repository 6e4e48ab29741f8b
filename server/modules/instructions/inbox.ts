import type { FeedbackCreate, FeedbackView, Inbox, InboxItem } from '../../../common/contracts/instructions.ts';
import { inboxOrder } from '../../../common/instructions/inbox.ts';
import { checkFeedback } from '../../../common/instructions/rules.ts';
import type { RecipientKind } from '../../../common/instructions/vocabulary.ts';
import { can } from '../../../common/permissions.ts';
import { trimText } from '../../../common/text/rules.ts';
import { announceChange } from '../../db/changes.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { createOnce, type CreateOutcome } from '../../core/create-once.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import { markRead } from '../notifications/store.ts';
import { attachFiles } from './files.ts';
import { toFeedbackView, toInboxItem } from './presenter.ts';
import {
  completeReceipt, feedbackOfUnit, findFeedback, inboxRows, insertFeedback, markReceiptRead, type InboxRow,
} from './receipts-store.ts';
import { findInstruction } from './store.ts';

/** Which receipts an account shares: its grid's (grid workers) or its office's (staff); none for others. */
export function receivingKind(actor: Actor): RecipientKind | null {
  if (can(actor.role, 'instructions.grid')) return 'grid_workers';
  if (can(actor.role, 'instructions.office')) return 'staff';
  return null;
}

export async function inboxOf({ database }: AppServices, actor: Actor, now = new Date()): Promise<Inbox> {
  const kind = receivingKind(actor);
  if (!kind) return { items: [], unread: 0, open: 0 };
  const rows = await inboxRows(database.db, actor.scope, kind, now);
  const feedback = await feedbackOfUnit(database.db, actor.scope, rows.map((r) => r.id));
  const items = rows.map((r) => toInboxItem(r, feedback.get(r.id) ?? [], now)).sort(inboxOrder);
  return { items, unread: items.filter((i) => i.status === 'unread').length, open: items.filter((i) => i.status !== 'done').length };
}

async function receiptOf(db: Queryable, actor: Actor, id: string, now: Date): Promise<InboxRow> {
  const kind = receivingKind(actor);
  const [row] = kind ? await inboxRows(db, actor.scope, kind, now, id) : [];
  if (row) return row;
  const withdrawn = await findInstruction(db, id);
  if (withdrawn?.withdrawn_at && kind && withdrawn.kind === kind) {
    const received = await db.selectFrom('instruction_receipts').select('unit_code').where('instruction_id', '=', id).where('unit_code', '=', actor.scope).executeTakeFirst();
    if (received) throw new AppError('INSTRUCTION_WITHDRAWN');
  }
  throw new AppError('INSTRUCTION_NOT_FOUND');
}

async function itemOf(db: Queryable, actor: Actor, id: string, now: Date): Promise<InboxItem> {
  const row = await receiptOf(db, actor, id, now);
  const feedback = await feedbackOfUnit(db, actor.scope, [id]);
  return toInboxItem(row, feedback.get(id) ?? [], now);
}

/** Opening an instruction reads it for the whole grid or office, and reads its notifications for the caller. */
export async function readInstruction({ database }: AppServices, actor: Actor, id: string, now = new Date()): Promise<InboxItem> {
  await database.transaction(async (tx) => {
    const row = await receiptOf(tx, actor, id, now);
    if (await markReceiptRead(tx, id, actor.scope, actor.id, !row.feedback_required, now)) {
      await announceChange(tx, ['instructions'], [actor.scope]);
    }
    await markRead(tx, actor.id, { instructionId: id }, now);
  });
  return itemOf(database.db, actor, id, now);
}

/** A feedback completes the receipt; more may follow (e.g. a later count). Retries with the same id store it once. */
export async function answerInstruction({ database }: AppServices, actor: Actor, id: string, input: FeedbackCreate, now = new Date()): Promise<CreateOutcome<FeedbackView>> {
  const row = await receiptOf(database.db, actor, id, now);
  const retried = await findFeedback(database.db, input.id);
  if (!retried) assertNoFieldErrors(checkFeedback(input, { feedbackRequired: row.feedback_required, fields: row.feedback_fields }));
  return database.transaction((tx) => createOnce(actor,
    () => insertFeedback(tx, {
      id: input.id, instruction_id: id, unit_code: actor.scope, text: trimText(input.text ?? ''), values: JSON.stringify(input.values ?? {}), by_id: actor.id, at: now,
    }),
    async () => {
      const stored = await findFeedback(tx, input.id);
      return stored && { createdBy: stored.by_id, value: toFeedbackView(stored) };
    },
    async () => {
      const photos = await attachFiles(tx, actor, input.photos ?? [], { feedbackId: input.id }, 'photos');
      if (photos.length > 0) await tx.updateTable('instruction_feedback').set({ photos: JSON.stringify(photos) }).where('id', '=', input.id).execute();
      await completeReceipt(tx, id, actor.scope, actor.id, now);
      await markRead(tx, actor.id, { instructionId: id }, now);
      await announceChange(tx, ['instructions'], [actor.scope]);
    }));
}
