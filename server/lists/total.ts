import { sql, type Expression } from 'kysely';
import type { Metric } from '../../common/metrics.ts';
import { levelOfCode } from '../../common/regions/codes.ts';
import type { Queryable } from '../db/database.ts';

/** Beyond this many matches a list says "10,000+" instead of counting every row. */
export const TOTAL_CAP = 10_000;

export interface PageTotal {
  total: number;
  /** Present (true) when `total` is the cap and more rows match. */
  totalIsLowerBound?: true;
}

/** The filtered rows counted up to `cap` + 1: the cost stops growing with the table. */
export async function boundedTotal(db: Queryable, matching: { limit(n: number): Expression<unknown> }, cap = TOTAL_CAP): Promise<PageTotal> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (${matching.limit(cap + 1)}) AS matching`.execute(db);
  const n = Number(rows[0]?.n ?? 0);
  return n > cap ? { total: cap, totalIsLowerBound: true } : { total: n };
}

/**
 * Everything a region ever counted under these metrics (the counters every fact write keeps),
 * a few rows a day whatever the facts; null when `scope` is not a region code with counters.
 */
export async function counterTotal(db: Queryable, scope: string, metrics: Metric[]): Promise<PageTotal | null> {
  const level = levelOfCode(scope);
  if (level === null) return null;
  const row = await db.selectFrom('counts_by_region').select(sql<number>`coalesce(sum(n), 0)`.as('n'))
    .where('metric', 'in', metrics).where('level', '=', level).where('region_code', '=', scope).executeTakeFirstOrThrow();
  return { total: Number(row.n) };
}

/** The counters' figure when the list is a region's whole set of a counted fact, else the bounded count. */
export async function pageTotal(db: Queryable, matching: { limit(n: number): Expression<unknown> }, counted?: { scope: string; metrics: Metric[] }, cap = TOTAL_CAP): Promise<PageTotal> {
  const fromCounters = counted ? await counterTotal(db, counted.scope, counted.metrics) : null;
  return fromCounters ?? boundedTotal(db, matching, cap);
}
