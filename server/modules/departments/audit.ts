import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { recordChange } from '../audit/changes.ts';
import { recordAudit } from '../audit/service.ts';

const DEPARTMENT_FIELDS = { name: 'plain', kind: 'plain', active: 'plain' } as const;
type DepartmentFields = { name: string; kind: string; active: boolean };

export async function auditDepartment(tx: Queryable, actor: Actor, department: { id: string; regionCode: string }, before: DepartmentFields | null, after: DepartmentFields): Promise<void> {
  const change = recordChange(DEPARTMENT_FIELDS, before, after);
  if (!change) return;
  await recordAudit(tx, actor, {
    action: before ? 'department.update' : 'department.create', targetType: 'department', targetId: department.id, regionCode: department.regionCode,
    detail: { ...change },
  });
}

/** The time limits are a city rule: the entry keeps the whole set before and after. */
export async function auditTimeLimits(tx: Queryable, actor: Actor, before: unknown[], after: unknown[]): Promise<void> {
  await recordAudit(tx, actor, { action: 'event.time_limits', targetType: 'event_time_limits', regionCode: actor.scope, detail: { before, after } });
}
