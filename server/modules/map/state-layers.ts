import { sql } from 'kysely';
import { chinaDate } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import { codePrefix } from '../../core/counter-sums.ts';
import { workerFiguresByChild } from '../workers/worker-counts.ts';

/**
 * The present-state layers: checkpoints (active or not) and grid workers (by status), counted
 * per region whose code is `length` long. Bounded by the small tables behind them (a few
 * thousand checkpoints, 8,129 workers for the whole city), not by the facts.
 */
export async function checkpointCounts(db: Queryable, scope: string, length: number): Promise<Map<string, Record<string, number>>> {
  const rows = await db.selectFrom('checkpoints')
    .select([codePrefix('grid_code', length).as('region'), sql<string>`CASE WHEN active THEN 'active' ELSE 'inactive' END`.as('key'), sql<number>`count(*)`.as('n')])
    .where(inScope('grid_code', scope))
    .groupBy(sql`1, 2`)
    .execute();
  const counts = new Map<string, Record<string, number>>();
  for (const r of rows) counts.set(r.region, { ...counts.get(r.region), [r.key]: Number(r.n) });
  return counts;
}

export async function workerCounts(db: Queryable, scope: string, length: number, now: Date): Promise<Map<string, Record<string, number>>> {
  const figures = await workerFiguresByChild(db, { scope, childLength: length, today: chinaDate(now), now });
  return new Map([...figures].map(([region, f]) => [region, { on_duty: f.onDuty, active_today: f.activeToday, inactive: f.inactive }]));
}
