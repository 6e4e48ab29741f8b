import type { HouseholdMatch } from '../../../common/contracts/field.ts';
import { addressKey } from '../../../common/field/address.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import type { Queryable } from '../../db/database.ts';
import { toHouseholdView } from './household-view.ts';
import { addressesInGrid, findHousehold } from './households-store.ts';
import { listPersonsInScope } from './persons.ts';

/** Households of the grid at the same address (by the shared key), oldest first. */
export async function idsAtAddress(db: Queryable, gridCode: string, address: string, exceptId?: string): Promise<string[]> {
  const key = addressKey(address);
  return (await addressesInGrid(db, gridCode)).filter((h) => h.id !== exceptId && addressKey(h.address) === key).map((h) => h.id);
}

/** A household at an address as a phone is shown it: with its head's name (as the caller may see it). */
export async function householdMatch(services: AppServices, actor: Actor, id: string): Promise<HouseholdMatch | null> {
  const row = await findHousehold(services.database.db, id);
  if (!row || !isWithinScope(row.grid_code, actor.scope)) return null;
  const members = await listPersonsInScope(services, actor, { householdId: id, offset: 0, limit: 50 });
  const head = members.items.find((p) => p.relation === 'head') ?? members.items[0];
  return { ...toHouseholdView(row), headName: head?.name ?? null };
}

const MAX_MATCHES = 5;

/** GET /api/households/same-address: what a phone asks before it registers a household. */
export async function householdsAtAddress(services: AppServices, actor: Actor, q: { gridCode: string; address: string }): Promise<{ items: HouseholdMatch[] }> {
  if (!isWithinScope(q.gridCode, actor.scope)) return { items: [] };
  const ids = (await idsAtAddress(services.database.db, q.gridCode, q.address)).slice(0, MAX_MATCHES);
  const items = await Promise.all(ids.map((id) => householdMatch(services, actor, id)));
  return { items: items.filter((m): m is HouseholdMatch => m !== null) };
}
