import type { HouseholdCreate, HouseholdView } from '../../../common/contracts/field.ts';
import { checkHousehold } from '../../../common/field/rules.ts';
import { METRICS } from '../../../common/metrics.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import { chinaDate } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { toPage, type PageAsk } from '../../lists/page.ts';
import type { Actor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { assertNoFieldErrors } from '../../http/validate.ts';
import type { AppServices } from '../../services.ts';
import { bumpCounters, recordWorkerActivity } from '../field/counters.ts';
import { createOnce, type CreateOutcome } from '../field/create-once.ts';
import { resolvePlace } from '../field/grid-resolution.ts';
import { listPersonsInScope } from '../persons/service.ts';
import { listVisitsInScope } from '../visits/service.ts';
import { auditHouseholdCreated } from './audit.ts';
import { toHouseholdView } from './presenter.ts';
import { householdObservation } from './observation.ts';
import { refuseSameAddress, SameAddressFound, sameAddressError } from './same-address.ts';
import { findHousehold, insertHousehold, listHouseholds, type HouseholdRow } from './store.ts';

export { toHouseholdView };

/** A household the actor may read or add to; outside their region it does not exist for them. */
export async function householdInScope(db: Queryable, actor: Actor, id: string): Promise<HouseholdRow> {
  const row = await findHousehold(db, id);
  if (!row || !isWithinScope(row.grid_code, actor.scope)) throw new AppError('HOUSEHOLD_NOT_FOUND', undefined, { householdId: 'HOUSEHOLD_NOT_FOUND' });
  return row;
}

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

export async function listHouseholdsInScope({ database }: AppServices, actor: Actor, q: { region?: string; q?: string } & PageAsk) {
  const region = q.region ?? actor.scope;
  if (!isWithinScope(region, actor.scope)) return { items: [], total: 0 };
  return toPage(await listHouseholds(database.db, { scope: region, q: q.q }, q), toHouseholdView);
}

export async function householdDetail(services: AppServices, actor: Actor, id: string) {
  const row = await householdInScope(services.database.db, actor, id);
  const [members, visits, observation] = await Promise.all([
    listPersonsInScope(services, actor, { householdId: id, offset: 0, limit: 200 }),
    listVisitsInScope(services, actor, { householdId: id, offset: 0, limit: 50 }),
    householdObservation(services, actor, id),
  ]);
  return { household: toHouseholdView(row), members: members.items, visits: visits.items, observation };
}
