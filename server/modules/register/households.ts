import { toPage, type PageAsk } from '../../lists/page.ts';
import { foundInScope, listRegion } from '../../core/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import type { Queryable } from '../../db/database.ts';
import { toHouseholdView } from './household-view.ts';
import { findHousehold, listHouseholds, type HouseholdRow } from './households-store.ts';

/** A household the actor may read or add to; outside their region it does not exist for them. */
export async function householdInScope(db: Queryable, actor: Actor, id: string): Promise<HouseholdRow> {
  const row = await findHousehold(db, id);
  return foundInScope(row, (r) => r.grid_code, actor, () => new AppError('HOUSEHOLD_NOT_FOUND', undefined, { householdId: 'HOUSEHOLD_NOT_FOUND' }));
}

export async function listHouseholdsInScope({ database }: AppServices, actor: Actor, q: { region?: string; q?: string } & PageAsk) {
  const region = listRegion(actor, q.region);
  if (region === null) return { items: [], total: 0 };
  return toPage(await listHouseholds(database.db, { scope: region, q: q.q }, q), toHouseholdView);
}
