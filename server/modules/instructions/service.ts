import type {
  InstructionCreate, InstructionCreated, InstructionDetail, InstructionPage,
} from '../../../common/contracts/instructions.ts';
import { checkInstruction } from '../../../common/instructions/rules.ts';
import type { InstructionStatus } from '../../../common/instructions/vocabulary.ts';
import { canonicalRegionCode, GRID_LEVEL, isWithinScope } from '../../../common/regions/codes.ts';
import { trimText } from '../../../common/text/rules.ts';
import { announceChange } from '../../db/changes.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { createOnce, type CreateOutcome } from '../../core/create-once.ts';
import { AppError } from '../../core/errors.ts';
import { listRegion } from '../../core/scope.ts';
import type { AppServices } from '../../core/services.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import { finishPage, planPage, sortKey, toPage, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { boundedTotal } from '../../lists/total.ts';
import { notifyAccounts } from '../notifications/store.ts';
import { findRegions } from '../regions/store.ts';
import { auditInstruction } from './audit.ts';
import { attachFiles } from './files.ts';
import { instructionStatus, NO_PROGRESS, toFileViews, toRef, toSummary } from './presenter.ts';
import { inboxRows, markReceiptRead } from './receipts-store.ts';
import {
  countReceiptsOf, fanOut, findInstruction, forwardsOf, insertInstruction, instructionsBase, recipientAccounts,
  setReceiptCount, visibleIn, visibleInstruction, type InstructionRow,
} from './store.ts';

/** Drops regions that lie inside another chosen one: their units are counted once. */
function outermost(regions: string[]): string[] {
  const unique = [...new Set(regions)].sort((a, b) => a.length - b.length);
  return unique.filter((code, i) => !unique.slice(0, i).some((outer) => outer !== code && isWithinScope(code, outer)));
}

async function checkedRegions(db: Queryable, actor: Actor, asked: string[]): Promise<string[]> {
  const regions = asked.map(canonicalRegionCode);
  if (regions.some((code) => !isWithinScope(code, actor.scope))) throw new AppError('OUT_OF_SCOPE', 'a recipient region is outside your jurisdiction');
  const known = new Set((await findRegions(db, [...new Set(regions)])).map((r) => r.code));
  const unknown = Object.fromEntries(regions.flatMap((code, n) => (known.has(code) ? [] : [[`recipients.regions.${n}`, 'NOT_A_REGION']])));
  assertNoFieldErrors(unknown);
  return outermost(regions);
}

/**
 * Composes and sends an instruction: one receipt per unit below the chosen regions, and a
 * notification for every account behind them, in one transaction. A scheduled one is made the
 * same way; its receipts and notifications stay hidden until `sendAt`.
 */
export async function sendInstruction({ database, outbound }: AppServices, actor: Actor, input: InstructionCreate, now = new Date()): Promise<CreateOutcome<InstructionCreated>> {
  assertNoFieldErrors(checkInstruction(input, now));
  const id = input.id ?? crypto.randomUUID();
  const regions = await checkedRegions(database.db, actor, input.recipients.regions);
  const unitLevel = input.recipients.kind === 'grid_workers' ? GRID_LEVEL : input.recipients.level!;
  const [relayed] = input.forwardOf ? await inboxRows(database.db, actor.scope, 'staff', now, input.forwardOf) : [];
  if (input.forwardOf && !relayed) throw new AppError('INSTRUCTION_NOT_FOUND', 'only an instruction received by your office can be forwarded');
  const sendAt = input.sendAt ? new Date(input.sendAt) : now;
  const title = trimText(input.title);
  return database.transaction((tx) => createOnce(actor,
    () => insertInstruction(tx, {
      id, title, body: trimText(input.body), priority: input.priority, kind: input.recipients.kind, unit_level: unitLevel,
      regions, feedback_required: input.feedbackRequired, feedback_fields: JSON.stringify(input.feedbackFields ?? []),
      due_at: new Date(input.dueAt), send_at: sendAt, announced: !input.sendAt, sender_id: actor.id, sender_region: actor.scope,
      forward_of: input.forwardOf ?? null, receipts: 0, created_at: now,
    }),
    async () => {
      const row = await findInstruction(tx, id);
      return row && { createdBy: row.sender_id, value: { id, receipts: row.receipts, status: instructionStatus(row, now) } };
    },
    async () => {
      const receipts = await fanOut(tx, id, regions, unitLevel);
      if (receipts === 0) throw new AppError('VALIDATION_FAILED', 'no grid or office below the chosen regions', { 'recipients.regions': 'NO_RECIPIENTS' });
      await setReceiptCount(tx, id, receipts);
      const attachments = await attachFiles(tx, actor, input.attachments ?? [], { instructionId: id }, 'attachments');
      if (attachments.length > 0) await tx.updateTable('instructions').set({ attachments: JSON.stringify(attachments) }).where('id', '=', id).execute();
      await notifyAccounts(tx, recipientAccounts(id, input.recipients.kind), { kind: 'instruction', title, priority: input.priority, instructionId: id, at: sendAt }, outbound.routing);
      if (relayed) await markReceiptRead(tx, relayed.id, actor.scope, actor.id, !relayed.feedback_required, now);
      if (!input.sendAt) await announceChange(tx, ['instructions'], [...regions, actor.scope]);
      await auditInstruction(tx, actor, 'instruction.send', { id, regionCode: actor.scope }, {
        kind: input.recipients.kind, level: unitLevel, regions, receipts, priority: input.priority, scheduled: Boolean(input.sendAt), forwardOf: input.forwardOf ?? null,
      });
    }));
}

/** An instruction the caller may track: sent from their region, or reaching into it. */
export async function trackedInstruction(db: Queryable, actor: Actor, id: string): Promise<InstructionRow> {
  const row = await visibleInstruction(db, id, actor.scope);
  if (!row) throw new AppError('INSTRUCTION_NOT_FOUND');
  return row;
}

/** Remind and withdraw belong to the sender's office and the offices above it. */
export function canManage(actor: Actor, row: InstructionRow): boolean {
  return isWithinScope(row.sender_region, actor.scope);
}

export async function instructionDetail({ database }: AppServices, actor: Actor, id: string, now = new Date()): Promise<InstructionDetail> {
  const db = database.db;
  const row = await trackedInstruction(db, actor, id);
  const [progress, forwardOf, forwards, regions] = await Promise.all([
    countReceiptsOf(db, [id], actor.scope, now),
    row.forward_of ? findInstruction(db, row.forward_of) : null,
    forwardsOf(db, id, actor.scope),
    findRegions(db, row.regions),
  ]);
  return {
    ...toSummary(row, progress.get(id) ?? NO_PROGRESS, forwardOf, now),
    body: row.body,
    regions: regions.map((r) => ({ code: r.code, name: r.name, level: r.level })),
    feedbackFields: row.feedback_fields,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    withdrawReason: row.withdraw_reason,
    lastRemindedAt: row.last_reminded_at?.toISOString() ?? null,
    forwards: forwards.map(toRef),
    attachments: toFileViews(id, row.attachments),
    canManage: canManage(actor, row),
  };
}

const INSTRUCTION_ORDER: ListOrder = { list: 'instructions', direction: 'desc', keys: [sortKey('i.created_at', 'timestamptz'), sortKey('i.id', 'uuid')] };

export interface InstructionListQuery extends PageAsk {
  region?: string;
  status?: InstructionStatus;
  priority?: string;
  q?: string;
}

export async function listInstructions({ database }: AppServices, actor: Actor, q: InstructionListQuery, now = new Date()): Promise<InstructionPage> {
  const db = database.db;
  const region = listRegion(actor, q.region ? canonicalRegionCode(q.region) : undefined);
  if (region === null) return { items: [], total: 0 };
  const filtered = <Q extends ReturnType<typeof instructionsBase>>(query: Q): Q => {
    let f = query.where(visibleIn(region));
    if (q.status === 'withdrawn') f = f.where('i.withdrawn_at', 'is not', null);
    if (q.status === 'scheduled') f = f.where('i.withdrawn_at', 'is', null).where('i.send_at', '>', now);
    if (q.status === 'sent') f = f.where('i.withdrawn_at', 'is', null).where('i.send_at', '<=', now);
    if (q.priority) f = f.where('i.priority', '=', q.priority);
    if (q.q?.trim()) f = f.where('i.title', 'like', `%${q.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return f as Q;
  };
  const plan = planPage(INSTRUCTION_ORDER, q);
  const [fetched, total] = await Promise.all([
    filtered(instructionsBase(db)).select(plan.pageKey).where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    boundedTotal(db, filtered(instructionsBase(db))),
  ]);
  const page = finishPage(INSTRUCTION_ORDER, q, fetched);
  const ids = page.rows.map((r) => r.id);
  const parentIds = [...new Set(page.rows.flatMap((r) => (r.forward_of ? [r.forward_of] : [])))];
  const [progress, parents] = await Promise.all([
    countReceiptsOf(db, ids, region, now),
    parentIds.length > 0 ? instructionsBase(db).where('i.id', 'in', parentIds).execute() : Promise.resolve([]),
  ]);
  const parentOf = new Map(parents.map((p) => [p.id, p]));
  return toPage({ ...page, ...total }, (r) => toSummary(r, progress.get(r.id) ?? NO_PROGRESS, r.forward_of ? parentOf.get(r.forward_of) ?? null : null, now));
}
