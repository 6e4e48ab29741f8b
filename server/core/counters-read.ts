import { sql } from 'kysely';
import type { Metric } from '../../common/metrics.ts';
import { levelOfCode } from '../../common/regions/codes.ts';
import type { Queryable } from '../db/database.ts';

/** The level of a region code; counters are only kept for real region codes. */
export function levelOf(code: string): number {
  const level = levelOfCode(code);
  if (level === null) throw new Error(`not a region code: ${code}`);
  return level;
}

export interface CounterSum {
  day: string;
  metric: string;
  key: string;
  n: number;
}

/**
 * A region's counters by day, metric and key: its own rolled-up rows (region_counts, or
 * daily_counts for a grid) over the period, a few rows a day whatever the number of facts.
 */
export async function sumCountersByDay(db: Queryable, q: { scope: string; metrics: Metric[]; from: string; to: string }): Promise<CounterSum[]> {
  if (q.metrics.length === 0) return [];
  const rows = await db.selectFrom('counts_by_region')
    .select([sql<string>`day::text`.as('day'), 'metric', 'key', sql<number>`sum(n)`.as('n')])
    .where('metric', 'in', q.metrics).where('level', '=', levelOf(q.scope)).where('region_code', '=', q.scope)
    .where('day', '>=', q.from).where('day', '<=', q.to)
    .groupBy(['day', 'metric', 'key']).orderBy('day')
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
