import { sql, type RawBuilder } from 'kysely';
import type { Metric } from '../../common/metrics.ts';
import type { Queryable } from '../db/database.ts';
import { inScope } from '../db/scope.ts';

/** Arrivals that are still inside the window on `day` arrived on it or on the 13 days before. */
export const WINDOW_DAYS = 14;

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
 * Counters summed per region of one level inside `scope` (its children, or the scope itself
 * when `level` is its own), per metric and key over a period: those regions' own rolled-up
 * rows, so a few rows per child and day however many facts lie behind them.
 */
export async function sumByChild(db: Queryable, q: { scope: string; level: number; metrics: Metric[]; from: string; to: string }): Promise<ChildSum[]> {
  const rows = await db.selectFrom('counts_by_region')
    .select(['region_code as child', 'metric', 'key', sql<number>`sum(n)`.as('n')])
    .where('metric', 'in', q.metrics).where('level', '=', q.level).where(inScope('region_code', q.scope))
    .where('day', '>=', q.from).where('day', '<=', q.to)
    .groupBy(['region_code', 'metric', 'key'])
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
