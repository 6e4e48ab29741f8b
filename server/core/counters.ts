import { sql } from 'kysely';
import type { LiveTopic } from '../../common/contracts/live.ts';
import { METRICS, type Metric } from '../../common/metrics.ts';
import { LEVEL_CODE_LENGTH, type RegionLevel } from '../../common/regions/codes.ts';
import { chinaDate } from '../../common/time.ts';
import type { Queryable } from '../db/database.ts';
import { announceChange } from '../db/changes.ts';
import { jsonRowsSource } from '../db/json-rows.ts';

/**
 * Every fact write bumps its counters in the same transaction: dashboards sum these rows by
 * code prefix and never scan the facts.
 */
export interface CounterBump {
  day: string;
  gridCode: string;
  metric: Metric;
  key?: string;
  n?: number;
}

/** Which live topic a counter's facts belong to: panels showing that topic refresh. */
const TOPIC_OF: Record<Metric, LiveTopic> = {
  [METRICS.households]: 'households',
  [METRICS.persons]: 'persons',
  [METRICS.visits]: 'visits',
  [METRICS.arrivals]: 'movements',
  [METRICS.departures]: 'movements',
  [METRICS.events]: 'events',
  [METRICS.dutyShifts]: 'duty',
  [METRICS.dutyMinutes]: 'duty',
  [METRICS.declarations]: 'declarations',
  [METRICS.declarationResults]: 'declarations',
  [METRICS.symptoms]: 'declarations',
  [METRICS.feverTemperatures]: 'declarations',
  [METRICS.warningsRaised]: 'warnings',
  [METRICS.warningsVerified]: 'warnings',
  [METRICS.caseEntries]: 'cases',
  [METRICS.caseExits]: 'cases',
};

/**
 * Upserts the counters and, since every fact write passes here inside its transaction,
 * announces the change to the live streams (delivered only if the transaction commits).
 */
export async function bumpCounters(tx: Queryable, bumps: CounterBump[]): Promise<void> {
  if (bumps.length === 0) return;
  // One statement may not touch a row twice: fold bumps of the same counter first.
  const grids = new Map<string, { day: string; grid_code: string; metric: string; key: string; n: number }>();
  const regions = new Map<string, { day: string; region_code: string; level: number; metric: string; key: string; n: number }>();
  for (const b of bumps) {
    const key = b.key ?? '';
    const n = b.n ?? 1;
    const id = `${b.day}|${b.gridCode}|${b.metric}|${key}`;
    const row = grids.get(id);
    if (row) row.n += n;
    else grids.set(id, { day: b.day, grid_code: b.gridCode, metric: b.metric, key, n });
    for (const level of ROLLUP_LEVELS) {
      const code = b.gridCode.slice(0, LEVEL_CODE_LENGTH[level]);
      const rid = `${b.day}|${code}|${b.metric}|${key}`;
      const r = regions.get(rid);
      if (r) r.n += n;
      else regions.set(rid, { day: b.day, region_code: code, level, metric: b.metric, key, n });
    }
  }
  // Rows in one fixed order: concurrent batches touching the same counters (the city's rows
  // above all) then wait for each other instead of deadlocking.
  const byId = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  const source = jsonRowsSource('daily_counts', ['day', 'grid_code', 'metric', 'key', 'n'], byId(grids));
  await sql`INSERT INTO daily_counts ${source.columns} ${source.select}
    ON CONFLICT (day, grid_code, metric, key) DO UPDATE SET n = daily_counts.n + excluded.n`.execute(tx);
  const rollups = jsonRowsSource('region_counts', ['day', 'region_code', 'level', 'metric', 'key', 'n'], byId(regions));
  await sql`INSERT INTO region_counts ${rollups.columns} ${rollups.select}
    ON CONFLICT (metric, region_code, day, key) DO UPDATE SET n = region_counts.n + excluded.n`.execute(tx);
  await announceChange(tx, bumps.map((b) => TOPIC_OF[b.metric]), bumps.map((b) => b.gridCode));
}

/** Levels above the grid that keep their own counters (region_counts). */
const ROLLUP_LEVELS: readonly RegionLevel[] = [1, 2, 3, 4];

/** Rebuilds region_counts from daily_counts, after counters were loaded or recounted in bulk. */
export async function rebuildRegionCounts(tx: Queryable): Promise<void> {
  await sql`DELETE FROM region_counts`.execute(tx);
  await sql`INSERT INTO region_counts (day, region_code, level, metric, key, n)
    SELECT c.day, left(c.grid_code, l.len), l.level, c.metric, c.key, sum(c.n)
    FROM daily_counts c CROSS JOIN (VALUES ${sql.join(ROLLUP_LEVELS.map((level) => sql`(${sql.lit(level)}, ${sql.lit(LEVEL_CODE_LENGTH[level])})`))}) AS l(level, len)
    GROUP BY 1, 2, 3, 4, 5`.execute(tx);
}

export type WorkerTally = 'visits' | 'events' | 'movements' | 'households' | 'persons';

export interface WorkerActivity {
  workerId: string;
  gridCode: string;
  at: Date;
  tally?: WorkerTally;
  dutySeconds?: number;
  lon?: number | null;
  lat?: number | null;
}

/** The worker's row for the China day of `at`: what they did, and when and where they last did something. */
export async function recordWorkerActivity(tx: Queryable, a: WorkerActivity): Promise<void> {
  const counts = { visits: 0, events: 0, movements: 0, households: 0, persons: 0, ...(a.tally ? { [a.tally]: 1 } : {}) };
  const hasPosition = a.lon != null && a.lat != null;
  await tx.insertInto('worker_days')
    .values({
      day: chinaDate(a.at), worker_id: a.workerId, grid_code: a.gridCode, ...counts, duty_seconds: a.dutySeconds ?? 0,
      last_activity_at: a.at, last_lon: hasPosition ? a.lon! : null, last_lat: hasPosition ? a.lat! : null,
    })
    .onConflict((oc) => oc.columns(['day', 'worker_id']).doUpdateSet({
      visits: sql`worker_days.visits + excluded.visits`,
      events: sql`worker_days.events + excluded.events`,
      movements: sql`worker_days.movements + excluded.movements`,
      households: sql`worker_days.households + excluded.households`,
      persons: sql`worker_days.persons + excluded.persons`,
      duty_seconds: sql`worker_days.duty_seconds + excluded.duty_seconds`,
      last_activity_at: sql`greatest(worker_days.last_activity_at, excluded.last_activity_at)`,
      // The latest known position wins; an activity without one keeps the previous.
      last_lon: sql`CASE WHEN excluded.last_lon IS NOT NULL AND excluded.last_activity_at >= worker_days.last_activity_at THEN excluded.last_lon ELSE worker_days.last_lon END`,
      last_lat: sql`CASE WHEN excluded.last_lat IS NOT NULL AND excluded.last_activity_at >= worker_days.last_activity_at THEN excluded.last_lat ELSE worker_days.last_lat END`,
    }))
    .execute();
}
