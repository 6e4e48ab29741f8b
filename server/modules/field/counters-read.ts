import { sql } from 'kysely';
import type { Metric } from '../../../common/metrics.ts';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';

export interface CounterSum {
  day: string;
  metric: string;
  key: string;
  n: number;
}

/**
 * Sums the daily counters of a region by day, metric and key: one range scan over the
 * (metric, day, grid_code) index, whatever the number of facts behind it.
 */
export async function sumCountersByDay(db: Queryable, q: { scope: string; metrics: Metric[]; from: string; to: string }): Promise<CounterSum[]> {
  if (q.metrics.length === 0) return [];
  const rows = await db.selectFrom('daily_counts')
    .select([sql<string>`day::text`.as('day'), 'metric', 'key', sql<number>`sum(n)`.as('n')])
    .where('metric', 'in', q.metrics).where('day', '>=', q.from).where('day', '<=', q.to)
    .where(inScope('grid_code', q.scope))
    .groupBy(['day', 'metric', 'key']).orderBy('day')
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
