import type { HouseholdCreate, HouseholdMatch } from '../../../common/contracts/field.ts';
import { addressKey } from '../../../common/field/address.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { AppServices } from '../../services.ts';
import { listPersonsInScope } from '../persons/service.ts';
import { addressesInGrid, findHousehold, lockGridHouseholds } from './store.ts';
import { toHouseholdView } from './presenter.ts';

/** Households of the grid at the same address (by the shared key), oldest first. */
async function idsAtAddress(db: Queryable, gridCode: string, address: string, exceptId?: string): Promise<string[]> {
  const key = addressKey(address);
  return (await addressesInGrid(db, gridCode)).filter((h) => h.id !== exceptId && addressKey(h.address) === key).map((h) => h.id);
}

/** Thrown inside the create's transaction; turned into the 409 once the transaction is over. */
export class SameAddressFound extends Error {
  constructor(readonly householdId: string) {
    super('same address');
  }
}

/**
 * A second household at an address the grid already has is refused unless the caller confirms
 * it (two families can share a door number; a worker tapping "save" twice should not make two).
 * A retry of a create that was stored is not a duplicate of itself.
 */
export async function refuseSameAddress(tx: Queryable, gridCode: string, input: HouseholdCreate): Promise<void> {
  if (input.confirmDuplicate) return;
  await lockGridHouseholds(tx, gridCode);
  if (await findHousehold(tx, input.id)) return;
  const [first] = await idsAtAddress(tx, gridCode, input.address, input.id);
  if (first) throw new SameAddressFound(first);
}

async function matchOf(services: AppServices, actor: Actor, id: string): Promise<HouseholdMatch | null> {
  const row = await findHousehold(services.database.db, id);
  if (!row || !isWithinScope(row.grid_code, actor.scope)) return null;
  const members = await listPersonsInScope(services, actor, { householdId: id, offset: 0, limit: 50 });
  const head = members.items.find((p) => p.relation === 'head') ?? members.items[0];
  return { ...toHouseholdView(row), headName: head?.name ?? null };
}

export async function sameAddressError(services: AppServices, actor: Actor, found: SameAddressFound): Promise<AppError> {
  const existing = await matchOf(services, actor, found.householdId);
  return new AppError('HOUSEHOLD_DUPLICATE_ADDRESS', undefined, { address: 'HOUSEHOLD_DUPLICATE_ADDRESS' }, existing ? { existing } : undefined);
}

const MAX_MATCHES = 5;

/** GET /api/households/same-address: what a phone asks before it registers a household. */
export async function householdsAtAddress(services: AppServices, actor: Actor, q: { gridCode: string; address: string }): Promise<{ items: HouseholdMatch[] }> {
  if (!isWithinScope(q.gridCode, actor.scope)) return { items: [] };
  const ids = (await idsAtAddress(services.database.db, q.gridCode, q.address)).slice(0, MAX_MATCHES);
  const items = await Promise.all(ids.map((id) => matchOf(services, actor, id)));
  return { items: items.filter((m): m is HouseholdMatch => m !== null) };
}
