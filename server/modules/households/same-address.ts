import type { HouseholdCreate } from '../../../common/contracts/field.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import { householdMatch, idsAtAddress } from '../register/household-matches.ts';
import { findHousehold, lockGridHouseholds } from '../register/households-store.ts';

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

export async function sameAddressError(services: AppServices, actor: Actor, found: SameAddressFound): Promise<AppError> {
  const existing = await householdMatch(services, actor, found.householdId);
  return new AppError('HOUSEHOLD_DUPLICATE_ADDRESS', undefined, { address: 'HOUSEHOLD_DUPLICATE_ADDRESS' }, existing ? { existing } : undefined);
}
