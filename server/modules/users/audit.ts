import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { recordChange, regionHolding } from '../audit/changes.ts';
import { recordAudit } from '../audit/service.ts';
import type { UserRow } from './store.ts';

/** An account's audited fields: the display name is a person's name, masked, and the phone is recorded by its masked form; never a password or its hash. */
const USER_FIELDS = { username: 'plain', displayName: 'name', role: 'plain', regionCode: 'plain', disabled: 'plain', phone: 'plain', departmentId: 'plain' } as const;

const fields = (u: UserRow) => ({
  username: u.username, displayName: u.display_name, role: u.role, regionCode: u.region_code, disabled: u.disabled, phone: u.phone_masked, departmentId: u.department_id,
});

export async function auditUserCreated(tx: Queryable, actor: Actor, user: UserRow): Promise<void> {
  await recordAudit(tx, actor, {
    action: 'user.create', targetType: 'user', targetId: user.id, regionCode: user.region_code,
    detail: { ...recordChange(USER_FIELDS, null, fields(user)) },
  });
}

/**
 * Records a rename, role or region change, disabling or enabling, and unlocking. A region
 * change is filed under the region holding both, so the administrators of either side see it.
 * Nothing changed, nothing recorded.
 */
export async function auditUserChanged(tx: Queryable, actor: Actor, before: UserRow, after: UserRow, unlocked: boolean): Promise<void> {
  const change = recordChange(USER_FIELDS, fields(before), fields(after));
  if (!change && !unlocked) return;
  await recordAudit(tx, actor, {
    action: 'user.update', targetType: 'user', targetId: after.id, regionCode: regionHolding(before.region_code, after.region_code),
    detail: { ...change, ...(unlocked ? { unlocked: true } : {}) },
  });
}
