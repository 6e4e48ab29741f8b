import type {
  InstructionDetail, InstructionProgress, ReceiptPage,
} from '../../../common/contracts/instructions.ts';
import { REMIND_INTERVAL_MS, type ReceiptFilter, type RecipientKind } from '../../../common/instructions/vocabulary.ts';
import { LEVEL_CODE_LENGTH, type RegionLevel } from '../../../common/regions/codes.ts';
import { sql } from 'kysely';
import { trimText } from '../../../common/text/rules.ts';
import { announceChange } from '../../db/changes.ts';
import { inScope } from '../../db/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import { toPage, type PageAsk } from '../../lists/page.ts';
import { notifyAccounts } from '../notifications/store.ts';
import { askedRegion } from '../regions/panel-region.ts';
import { findRegions } from '../regions/store.ts';
import { auditInstruction } from './audit.ts';
import { toReceiptView } from './presenter.ts';
import { accountsOfUnits, lastReminder, latestFeedback, listReceipts, remindOpenReceipts } from './receipts-store.ts';
import { countReceipts, lockInstruction, recipientAccounts } from './store.ts';
import { canManage, instructionDetail, trackedInstruction } from './service.ts';

/**
 * Sent, read, done and overdue in a region and per child region, down to the units
 * themselves; one grouped scan of the instruction's receipts inside the region.
 */
export async function instructionProgress({ database }: AppServices, actor: Actor, id: string, asked: string | undefined, now = new Date()): Promise<InstructionProgress> {
  const db = database.db;
  const row = await trackedInstruction(db, actor, id);
  const region = await askedRegion(db, actor, asked);
  const pastDue = row.due_at < now;
  const childLength = region.level < row.unit_level ? LEVEL_CODE_LENGTH[(region.level + 1) as RegionLevel] : null;
  const [totals, groups] = await Promise.all([
    countReceipts(db, id, region.code, null, pastDue),
    childLength === null ? Promise.resolve([]) : countReceipts(db, id, region.code, childLength, pastDue),
  ]);
  const names = new Map((await findRegions(db, groups.map((g) => g.code))).map((r) => [r.code, r]));
  const total = totals[0] ?? { total: 0, read: 0, done: 0, overdue: 0 };
  return {
    total: total.total, read: total.read, done: total.done, overdue: total.overdue,
    region: { code: region.code, name: region.name, level: region.level },
    children: groups.map((g) => ({ code: g.code, name: names.get(g.code)?.name ?? g.code, level: names.get(g.code)?.level ?? region.level + 1, total: g.total, read: g.read, done: g.done, overdue: g.overdue })),
  };
}

export async function instructionReceipts({ database }: AppServices, actor: Actor, id: string, q: { region?: string; status?: ReceiptFilter } & PageAsk, now = new Date()): Promise<ReceiptPage> {
  const db = database.db;
  const row = await trackedInstruction(db, actor, id);
  const region = await askedRegion(db, actor, q.region);
  const page = await listReceipts(db, { instructionId: id, region: region.code, status: q.status, pastDue: row.due_at < now }, q);
  const units = page.rows.map((r) => r.unit_code);
  const [accounts, feedback] = await Promise.all([accountsOfUnits(db, row.kind as RecipientKind, units), latestFeedback(db, id, units)]);
  return toPage(page, (r) => toReceiptView(r, row.due_at, feedback.get(r.unit_code), accounts.get(r.unit_code) ?? [], now));
}

/**
 * 催办: the open receipts inside a region of the caller's get a reminder notification. Any
 * office that sees the instruction may remind its own part of it (层层催办), the same region at
 * most once in REMIND_INTERVAL_MS: the instruction's row is locked, so two clicks remind once.
 */
export async function remindInstruction({ database, outbound }: AppServices, actor: Actor, id: string, asked: string | undefined, now = new Date()): Promise<{ reminded: number; nextAllowedAt: string }> {
  const row = await trackedInstruction(database.db, actor, id);
  const region = await askedRegion(database.db, actor, asked);
  if (row.withdrawn_at) throw new AppError('INSTRUCTION_WITHDRAWN');
  if (row.send_at > now) throw new AppError('INVALID_TRANSITION', 'a scheduled instruction is not sent yet', { status: 'INVALID_TRANSITION' });
  return database.transaction(async (tx) => {
    await lockInstruction(tx, id);
    const last = await lastReminder(tx, id, region.code);
    if (last && now.getTime() - last.getTime() < REMIND_INTERVAL_MS) {
      const next = new Date(last.getTime() + REMIND_INTERVAL_MS).toISOString();
      throw new AppError('REMIND_TOO_SOON', `reminded at ${last.toISOString()}; next from ${next}`, undefined, { nextAllowedAt: next });
    }
    const units = await remindOpenReceipts(tx, id, region.code, now);
    await tx.insertInto('instruction_reminders').values({ instruction_id: id, region_code: region.code, by_id: actor.id, at: now, receipts: units.length }).execute();
    await tx.updateTable('instructions').set({ last_reminded_at: now }).where('id', '=', id).execute();
    if (units.length > 0) {
      await notifyAccounts(tx, recipientAccounts(id, row.kind as RecipientKind, sql<boolean>`${inScope('r.unit_code', region.code)} AND r.status <> 'done'`), {
        kind: 'reminder', title: row.title, priority: row.priority, instructionId: id, at: now,
      }, outbound.routing);
      await announceChange(tx, ['instructions'], [region.code]);
    }
    await auditInstruction(tx, actor, 'instruction.remind', { id, regionCode: region.code }, { receipts: units.length });
    return { reminded: units.length, nextAllowedAt: new Date(now.getTime() + REMIND_INTERVAL_MS).toISOString() };
  });
}

/** 撤回: the instruction leaves every inbox; whoever could already see it is told. */
export async function withdrawInstruction(services: AppServices, actor: Actor, id: string, reason: string, now = new Date()): Promise<InstructionDetail> {
  const { database, outbound } = services;
  const row = await trackedInstruction(database.db, actor, id);
  if (!canManage(actor, row)) throw new AppError('FORBIDDEN', 'only the sending office or one above it can withdraw an instruction');
  const why = trimText(reason);
  if (!why) throw new AppError('VALIDATION_FAILED', undefined, { reason: 'REQUIRED' });
  await database.transaction(async (tx) => {
    await lockInstruction(tx, id);
    const updated = await tx.updateTable('instructions').set({ withdrawn_at: now, withdrawn_by: actor.id, withdraw_reason: why })
      .where('id', '=', id).where('withdrawn_at', 'is', null).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppError('INSTRUCTION_WITHDRAWN');
    if (row.send_at <= now) {
      await notifyAccounts(tx, recipientAccounts(id, row.kind as RecipientKind), { kind: 'withdrawn', title: row.title, priority: row.priority, instructionId: id, at: now }, outbound.routing);
      await announceChange(tx, ['instructions'], [...row.regions, row.sender_region]);
    }
    await auditInstruction(tx, actor, 'instruction.withdraw', { id, regionCode: row.sender_region }, { receipts: row.receipts, reasonLength: why.length });
  });
  return instructionDetail(services, actor, id, now);
}
