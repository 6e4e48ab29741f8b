import { sql, type Insertable, type Selectable } from 'kysely';
import type { ReceiptFilter, RecipientKind } from '../../../common/instructions/vocabulary.ts';
import type { Queryable } from '../../db/database.ts';
import type { InstructionFeedbackTable, InstructionReceiptsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { boundedTotal } from '../../lists/total.ts';
import { instructionsBase, recipientRoles, type InstructionRow } from './store.ts';

export type ReceiptRow = Selectable<InstructionReceiptsTable>;
export type FeedbackRow = Selectable<InstructionFeedbackTable> & { by_name: string };

/** How many receipts an inbox shows at most: months of instructions to one grid. */
const INBOX_LIMIT = 300;
/** Done receipts older than this leave the inbox; open ones stay however old. */
const INBOX_DONE_DAYS = 60;

export type InboxRow = InstructionRow & { unit_code: string; unit_name: string; unit_level: number; receipt_status: string; read_at: Date | null; done_at: Date | null };

/** The receipts of one unit for instructions of this kind that have been sent and not withdrawn. */
export async function inboxRows(db: Queryable, unit: string, kind: RecipientKind, now: Date, instructionId?: string): Promise<InboxRow[]> {
  let query = instructionsBase(db)
    .innerJoin('instruction_receipts as r', 'r.instruction_id', 'i.id')
    .innerJoin('regions as u', 'u.code', 'r.unit_code')
    .select(['r.unit_code', 'u.name as unit_name', 'u.level as unit_level', 'r.status as receipt_status', 'r.read_at', 'r.done_at'])
    .where('r.unit_code', '=', unit).where('i.kind', '=', kind)
    .where('i.send_at', '<=', now).where('i.withdrawn_at', 'is', null);
  if (instructionId) query = query.where('i.id', '=', instructionId);
  else query = query.where((eb) => eb.or([eb('r.status', '<>', 'done'), eb('r.done_at', '>', new Date(now.getTime() - INBOX_DONE_DAYS * 86_400_000))]));
  return query.orderBy('i.send_at', 'desc').limit(INBOX_LIMIT).execute();
}

export async function feedbackOf(db: Queryable, instructionId: string, units: string[]): Promise<FeedbackRow[]> {
  if (units.length === 0) return [];
  return db.selectFrom('instruction_feedback as f').innerJoin('users as u', 'u.id', 'f.by_id')
    .selectAll('f').select('u.display_name as by_name')
    .where('f.instruction_id', '=', instructionId).where('f.unit_code', 'in', units).orderBy('f.at').execute();
}

/** Each inbox row's feedback, for many instructions of one unit. */
export async function feedbackOfUnit(db: Queryable, unit: string, instructionIds: string[]): Promise<Map<string, FeedbackRow[]>> {
  const result = new Map<string, FeedbackRow[]>();
  if (instructionIds.length === 0) return result;
  const rows = await db.selectFrom('instruction_feedback as f').innerJoin('users as u', 'u.id', 'f.by_id')
    .selectAll('f').select('u.display_name as by_name')
    .where('f.unit_code', '=', unit).where('f.instruction_id', 'in', instructionIds).orderBy('f.at').execute();
  for (const r of rows) result.set(r.instruction_id, [...(result.get(r.instruction_id) ?? []), r]);
  return result;
}

/** Opens a receipt: read, or done at once when the instruction asks no feedback. False if it was opened before. */
export async function markReceiptRead(tx: Queryable, instructionId: string, unit: string, by: string, completes: boolean, now: Date): Promise<boolean> {
  const updated = await tx.updateTable('instruction_receipts')
    .set(completes ? { status: 'done', read_at: now, read_by: by, done_at: now, done_by: by } : { status: 'read', read_at: now, read_by: by })
    .where('instruction_id', '=', instructionId).where('unit_code', '=', unit).where('status', '=', 'unread')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

export async function insertFeedback(tx: Queryable, row: Insertable<InstructionFeedbackTable>): Promise<boolean> {
  const inserted = await tx.insertInto('instruction_feedback').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

export async function findFeedback(db: Queryable, id: string): Promise<FeedbackRow | null> {
  return (await db.selectFrom('instruction_feedback as f').innerJoin('users as u', 'u.id', 'f.by_id')
    .selectAll('f').select('u.display_name as by_name').where('f.id', '=', id).executeTakeFirst()) ?? null;
}

/** A feedback completes the receipt; reading it first is implied. */
export async function completeReceipt(tx: Queryable, instructionId: string, unit: string, by: string, now: Date): Promise<void> {
  await sql`UPDATE instruction_receipts SET status = 'done',
      read_at = coalesce(read_at, ${now}), read_by = coalesce(read_by, ${by}::uuid),
      done_at = coalesce(done_at, ${now}), done_by = coalesce(done_by, ${by}::uuid)
    WHERE instruction_id = ${instructionId} AND unit_code = ${unit}`.execute(tx);
}

const RECEIPT_ORDER: ListOrder = { list: 'instruction-receipts', direction: 'asc', keys: [sortKey('r.unit_code', 'text')] };

export type ReceiptListRow = ReceiptRow & { unit_name: string; unit_level: number; read_by_name: string | null };

function receiptFilter(instructionId: string, region: string, status: ReceiptFilter | undefined, pastDue: boolean) {
  return (query: ReturnType<typeof receiptsFrom>) => {
    let q = query.where('r.instruction_id', '=', instructionId).where(inScope('r.unit_code', region));
    if (status === 'overdue') q = pastDue ? q.where('r.status', '<>', 'done') : q.where(sql<boolean>`false`);
    else if (status) q = q.where('r.status', '=', status);
    return q;
  };
}

function receiptsFrom(db: Queryable) {
  return db.selectFrom('instruction_receipts as r');
}

/** The receipts inside a region in code order (the drill-down to the grids that have not read it). */
export async function listReceipts(db: Queryable, f: { instructionId: string; region: string; status?: ReceiptFilter; pastDue: boolean }, ask: PageAsk) {
  const plan = planPage(RECEIPT_ORDER, ask);
  const filtered = receiptFilter(f.instructionId, f.region, f.status, f.pastDue);
  const [fetched, total] = await Promise.all([
    filtered(receiptsFrom(db))
      .innerJoin('regions as u', 'u.code', 'r.unit_code')
      .leftJoin('users as rb', 'rb.id', 'r.read_by')
      .selectAll('r').select(['u.name as unit_name', 'u.level as unit_level', 'rb.display_name as read_by_name', plan.pageKey])
      .where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    boundedTotal(db, filtered(receiptsFrom(db)).select(sql`1`.as('one'))),
  ]);
  return { ...finishPage(RECEIPT_ORDER, ask, fetched), ...total };
}

/** The display names of the accounts that share each unit's receipt. */
export async function accountsOfUnits(db: Queryable, kind: RecipientKind, units: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (units.length === 0) return result;
  const rows = await db.selectFrom('users').select(['region_code', 'display_name'])
    .where('region_code', 'in', units).where('role', 'in', recipientRoles(kind)).where('disabled', '=', false)
    .orderBy('display_name').execute();
  for (const r of rows) result.set(r.region_code, [...(result.get(r.region_code) ?? []), r.display_name]);
  return result;
}

/** The latest feedback of each unit. */
export async function latestFeedback(db: Queryable, instructionId: string, units: string[]): Promise<Map<string, FeedbackRow>> {
  const rows = await feedbackOf(db, instructionId, units);
  return new Map(rows.map((r) => [r.unit_code, r]));
}

/** Marks the open receipts inside `region` reminded; answers their units. */
export async function remindOpenReceipts(tx: Queryable, instructionId: string, region: string, now: Date): Promise<string[]> {
  const rows = await tx.updateTable('instruction_receipts')
    .set((eb) => ({ reminders: eb('reminders', '+', 1), last_reminded_at: now }))
    .where('instruction_id', '=', instructionId).where(inScope('unit_code', region)).where('status', '<>', 'done')
    .returning('unit_code').execute();
  return rows.map((r) => r.unit_code);
}

export async function lastReminder(db: Queryable, instructionId: string, region: string): Promise<Date | null> {
  const row = await db.selectFrom('instruction_reminders').select('at')
    .where('instruction_id', '=', instructionId).where('region_code', '=', region).orderBy('at', 'desc').limit(1).executeTakeFirst();
  return row?.at ?? null;
}
