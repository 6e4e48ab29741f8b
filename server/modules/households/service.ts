import type { HouseholdCreate, HouseholdView } from '../../../common/contracts/field.ts';
import { checkHousehold } from '../../../common/field/rules.ts';
import { METRICS } from '../../../common/metrics.ts';
import { chinaDate } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { bumpCounters, recordWorkerActivity } from '../../core/counters.ts';
import { createOnce, type CreateOutcome } from '../../core/create-once.ts';
import { resolvePlace } from '../regions/grid-resolution.ts';
import { auditHouseholdCreated } from './audit.ts';
import { toHouseholdView } from '../register/household-view.ts';
import { refuseSameAddress, SameAddressFound, sameAddressError } from './same-address.ts';
import { findHousehold, insertHousehold } from '../register/households-store.ts';

export async function createHousehold(services: AppServices, actor: Actor, input: HouseholdCreate, now = new Date()): Promise<CreateOutcome<HouseholdView>> {
  assertNoFieldErrors(checkHousehold(input));
  try {
    return await services.database.transaction(async (tx) => {
      const outcome = await createHouseholdIn(tx, services, actor, input, now, { checkAddress: true });
      if (outcome.created) await auditHouseholdCreated(tx, actor, outcome.value);
      return outcome;
    });
  } catch (error) {
    if (error instanceof SameAddressFound) throw await sameAddressError(services, actor, error);
    throw error;
  }
}

/**
 * The create inside a caller's transaction (a spreadsheet import stores many at once; it
 * groups its own rows by address and does not ask about the grid's).
 */
export async function createHouseholdIn(
  tx: Queryable, { locator }: AppServices, actor: Actor, input: HouseholdCreate, now: Date, options: { checkAddress?: boolean } = {},
): Promise<CreateOutcome<HouseholdView>> {
  const place = await resolvePlace(tx, locator, actor, input);
  if (options.checkAddress) await refuseSameAddress(tx, place.gridCode, input);
  return createOnce(
    actor,
    () => insertHousehold(tx, {
      id: input.id, grid_code: place.gridCode, address: input.address.trim(), lon: place.lon, lat: place.lat,
      note: input.note?.trim() || null, created_by: actor.id, created_at: now,
    }),
    async () => {
      const row = await findHousehold(tx, input.id);
      return row && { createdBy: row.created_by, value: toHouseholdView(row) };
    },
    async () => {
      await bumpCounters(tx, [{ day: chinaDate(now), gridCode: place.gridCode, metric: METRICS.households }]);
      await recordWorkerActivity(tx, { workerId: actor.id, gridCode: place.gridCode, at: now, tally: 'households', lon: place.lon, lat: place.lat });
    },
  );
}

