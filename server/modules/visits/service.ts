import type { VisitCreate, VisitView } from '../../../common/contracts/field.ts';
import { checkVisit } from '../../../common/field/rules.ts';
import type { VisitOutcome } from '../../../common/field/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import { chinaDate, chinaDayStart, addDays } from '../../../common/time.ts';
import { toWgs84 } from '../../../common/geo/crs.ts';
import type { Actor } from '../../http/context.ts';
import { toPage, type PageAsk } from '../../lists/page.ts';
import { assertNoFieldErrors } from '../../http/validate.ts';
import type { AppServices } from '../../services.ts';
import { bumpCounters, recordWorkerActivity } from '../field/counters.ts';
import { createOnce, type CreateOutcome } from '../field/create-once.ts';
import { householdInScope } from '../households/service.ts';
import { findVisit, insertVisit, listVisits, type VisitRow } from './store.ts';

export function toVisitView(row: VisitRow): VisitView {
  return {
    id: row.id,
    householdId: row.household_id,
    address: row.address,
    grid: { code: row.grid_code, name: row.grid_name },
    visitedAt: row.visited_at.toISOString(),
    metCount: row.met_count,
    outcome: row.outcome as VisitOutcome,
    note: row.note,
    workerName: row.worker_name,
  };
}

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

export async function listVisitsInScope({ database }: AppServices, actor: Actor, q: { region?: string; householdId?: string; from?: string; to?: string } & PageAsk) {
  const region = q.region ?? actor.scope;
  if (!isWithinScope(region, actor.scope)) return { items: [], total: 0 };
  const page = await listVisits(database.db, {
    scope: region,
    householdId: q.householdId,
    from: q.from ? chinaDayStart(q.from) : undefined,
    to: q.to ? chinaDayStart(addDays(q.to, 1)) : undefined,
  }, q);
  return toPage(page, toVisitView);
}
