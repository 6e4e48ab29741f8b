import { isWithinScope } from '../../../common/regions/codes.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import type { Queryable } from '../../db/database.ts';
import { toHouseholdView } from './household-view.ts';
import { findHousehold, listHouseholds, type HouseholdRow } from './households-store.ts';

/** A household the actor may read or add to; outside their region it does not exist for them. */
export async function householdInScope(db: Queryable, actor: Actor, id: string): Promise<HouseholdRow> {
  const row = await findHousehold(db, id);
  if (!row || !isWithinScope(row.grid_code, actor.scope)) throw new AppError('HOUSEHOLD_NOT_FOUND', undefined, { householdId: 'HOUSEHOLD_NOT_FOUND' });
  return row;
}

export async function listHouseholdsInScope({ database }: AppServices, actor: Actor, q: { region?: string; q?: string; offset: number; limit: number }) {
  const region = q.region ?? actor.scope;
  if (!isWithinScope(region, actor.scope)) return { items: [], total: 0 };
  const { rows, total } = await listHouseholds(database.db, { scope: region, q: q.q }, q);
  return { items: rows.map(toHouseholdView), total };
}
