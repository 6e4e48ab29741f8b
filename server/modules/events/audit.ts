import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { recordChange } from '../audit/changes.ts';
import { recordAudit } from '../audit/service.ts';

/** The note is free text: its length only. The grid is the entry's region. */
const EVENT_STEP_FIELDS = { status: 'plain', note: 'text', departmentId: 'plain', assigneeId: 'plain' } as const;

export interface AuditedStep {
  action: string;
  from: string;
  to: string;
  note: string | null;
  departmentId: string | null;
  assigneeId: string | null;
}

/** Every move of the loop (dispatch, handling, verification…); called last in the transaction that made it. */
export async function auditEventStep(tx: Queryable, actor: Actor | null, event: { id: string; gridCode: string }, step: AuditedStep): Promise<void> {
  const change = recordChange(EVENT_STEP_FIELDS, { status: step.from, note: null, departmentId: null, assigneeId: null },
    { status: step.to, note: step.note, departmentId: step.departmentId, assigneeId: step.assigneeId });
  await recordAudit(tx, actor, {
    action: `event.${step.action}`, targetType: 'event', targetId: event.id, regionCode: event.gridCode,
    detail: { ...change },
  });
}
