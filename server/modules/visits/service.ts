import type { VisitCreate, VisitView } from '../../../common/contracts/field.ts';
import { checkVisit } from '../../../common/field/rules.ts';
import { METRICS } from '../../../common/metrics.ts';
import { chinaDate } from '../../../common/time.ts';
import { toWgs84 } from '../../../common/geo/crs.ts';
import type { Actor } from '../../core/actor.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { bumpCounters, recordWorkerActivity } from '../../core/counters.ts';
import { createOnce, type CreateOutcome } from '../../core/create-once.ts';
import { householdInScope } from '../register/households.ts';
import { toVisitView } from '../register/visits.ts';
import { findVisit, insertVisit } from '../register/visits-store.ts';

export async function createVisit({ database }: AppServices, actor: Actor, input: VisitCreate, now = new Date()): Promise<CreateOutcome<VisitView>> {
  assertNoFieldErrors(checkVisit(input, now));
  const visitedAt = new Date(input.visitedAt);
  const [lon, lat] = input.location ? toWgs84(input.location.lon, input.location.lat, input.location.crs) : [null, null];
  return database.transaction(async (tx) => {
    const household = await householdInScope(tx, actor, input.householdId);
    return createOnce(
      actor,
      () => insertVisit(tx, {
        id: input.id, household_id: household.id, grid_code: household.grid_code, visited_at: visitedAt, met_count: input.metCount,
        outcome: input.outcome, note: input.note?.trim() || null, lon, lat, created_by: actor.id, created_at: now,
      }),
      async () => {
        const row = await findVisit(tx, input.id);
        return row && { createdBy: row.created_by, value: toVisitView(row) };
      },
      async () => {
        await bumpCounters(tx, [{ day: chinaDate(visitedAt), gridCode: household.grid_code, metric: METRICS.visits, key: input.outcome }]);
        await recordWorkerActivity(tx, { workerId: actor.id, gridCode: household.grid_code, at: visitedAt, tally: 'visits', lon, lat });
      },
    );
  });
}

