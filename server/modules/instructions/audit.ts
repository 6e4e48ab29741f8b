import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { recordAudit } from '../audit/service.ts';

export type InstructionAction = 'instruction.send' | 'instruction.remind' | 'instruction.withdraw';

/**
 * Sending, reminding and withdrawing are commands down the hierarchy: each is recorded with
 * counts and codes only (the title and body are the instruction's own record, not the log's).
 */
export async function auditInstruction(tx: Queryable, actor: Actor, action: InstructionAction, target: { id: string; regionCode: string }, detail: Record<string, unknown>): Promise<void> {
  await recordAudit(tx, actor, { action, targetType: 'instruction', targetId: target.id, regionCode: target.regionCode, detail });
}
