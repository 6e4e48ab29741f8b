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
 * A list whose filter the counters answer: a region's facts under these metrics, optionally of
 * one counter key (the fact's category) and within a range of the counters' days (inclusive).
 */
export interface CountedAs {
  scope: string;
  metrics: Metric[];
  key?: string;
  from?: string;
  to?: string;
}

/**
 * What a region counted under these metrics (the counters every fact write keeps), a few rows
 * a day whatever the facts; null when `scope` is not a region code with counters.
 */
export async function counterTotal(db: Queryable, counted: CountedAs): Promise<PageTotal | null> {
  const level = levelOfCode(counted.scope);
  if (level === null) return null;
  let query = db.selectFrom('counts_by_region').select(sql<number>`coalesce(sum(n), 0)`.as('n'))
    .where('metric', 'in', counted.metrics).where('level', '=', level).where('region_code', '=', counted.scope);
  if (counted.key !== undefined) query = query.where('key', '=', counted.key);
  if (counted.from !== undefined) query = query.where('day', '>=', counted.from);
  if (counted.to !== undefined) query = query.where('day', '<=', counted.to);
  const row = await query.executeTakeFirstOrThrow();
  return { total: Number(row.n) };
}

/** The counters' figure when the counters answer the list's filter, else the bounded count. */
export async function pageTotal(db: Queryable, matching: { limit(n: number): Expression<unknown> }, counted?: CountedAs, cap = TOTAL_CAP): Promise<PageTotal> {
  const fromCounters = counted ? await counterTotal(db, counted) : null;
  return fromCounters ?? boundedTotal(db, matching, cap);
}
