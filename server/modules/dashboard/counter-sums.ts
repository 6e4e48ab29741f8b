import { sql, type RawBuilder } from 'kysely';
import type { Metric } from '../../../common/metrics.ts';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';

/**
 * The first `length` characters of a region code column: the code of the region at that level
 * that contains it. The length is inlined (it is always one of the level lengths) so that the
 * same expression in SELECT and GROUP BY is recognised as one.
 */
export function codePrefix(column: string, length: number): RawBuilder<string> {
  if (!Number.isInteger(length)) throw new Error(`bad code length ${length}`);
  return sql<string>`substr(${sql.ref(column)}, 1, ${sql.lit(length)})`;
}

export interface ChildSum {
  child: string;
  metric: string;
  key: string;
  n: number;
}

/**
 * Counters of a region summed per child region (the grid code's prefix of `childLength`),
 * metric and key over a period: one range scan of the (metric, day, grid_code) index.
 */
export async function sumByChild(db: Queryable, q: { scope: string; childLength: number; metrics: Metric[]; from: string; to: string }): Promise<ChildSum[]> {
  const rows = await db.selectFrom('daily_counts')
    .select([codePrefix('grid_code', q.childLength).as('child'), 'metric', 'key', sql<number>`sum(n)`.as('n')])
    .where('metric', 'in', q.metrics).where('day', '>=', q.from).where('day', '<=', q.to)
    .where(inScope('grid_code', q.scope))
    .groupBy([codePrefix('grid_code', q.childLength), 'metric', 'key'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Adds `n` under `key` of a record of counts (unknown keys are kept too). */
export function tally<K extends string>(into: Record<K, number>, key: string, n: number): void {
  into[key as K] = (into[key as K] ?? 0) + n;
}

/** A record with every code at zero, so a panel always lists every category. */
export function zeros<K extends string>(codes: readonly K[]): Record<K, number> {
  return Object.fromEntries(codes.map((c) => [c, 0])) as Record<K, number>;
}
