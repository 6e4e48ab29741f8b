import type { HouseholdView } from '../../../common/contracts/field.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { recordChange } from '../audit/changes.ts';
import { recordAudit } from '../audit/service.ts';

/** The address and note are free text (the address says where someone lives): lengths only. The grid is the entry's region. */
const HOUSEHOLD_FIELDS = { address: 'text', note: 'text' } as const;

/** Records the registration of a household; called last in the transaction that stored it. */
export async function auditHouseholdCreated(tx: Queryable, actor: Actor, household: HouseholdView): Promise<void> {
  await recordAudit(tx, actor, {
    action: 'household.create', targetType: 'household', targetId: household.id, regionCode: household.grid.code,
    detail: { ...recordChange(HOUSEHOLD_FIELDS, null, { address: household.address, note: household.note }) },
  });
}
