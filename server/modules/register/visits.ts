import { toPage, type PageAsk } from '../../lists/page.ts';
import type { VisitView } from '../../../common/contracts/field.ts';
import type { VisitOutcome } from '../../../common/field/vocabulary.ts';
import { listRegion } from '../../core/scope.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import { listVisits, type VisitRow } from './visits-store.ts';

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

export async function listVisitsInScope({ database }: AppServices, actor: Actor, q: { region?: string; householdId?: string; from?: string; to?: string } & PageAsk) {
  const region = listRegion(actor, q.region);
  if (region === null) return { items: [], total: 0 };
  const page = await listVisits(database.db, {
    scope: region,
    householdId: q.householdId,
    from: q.from,
    to: q.to,
  }, q);
  return toPage(page, toVisitView);
}
