import { sql, type RawBuilder } from 'kysely';
import { METRICS } from '../../common/metrics.ts';
import type { Queryable } from '../../server/db/database.ts';
import { rebuildRegionCounts } from '../../server/core/counters.ts';

/**
 * The daily counters and worker days recomputed from the fact tables, with the semantics the
 * services give them when they write facts one by one (common/metrics.ts,
 * server/modules/field/counters.ts). The history is loaded in bulk and then counted this way,
 * so its counters equal a recount by construction; tests use the same queries to check the
 * services' incremental counting.
 */

/** The China calendar day of an instant, as chinaDate() in common/time.ts: UTC+8, no daylight saving. */
const chinaDay = (column: RawBuilder<unknown>) => sql`((${column} AT TIME ZONE 'UTC') + interval '8 hours')::date`;
const m = (metric: string) => sql.lit(metric);

/** Each ended shift cut at China midnights, as day-split.ts secondsPerDay() does. */
const SHIFT_PARTS = sql`SELECT p.*, round(extract(epoch FROM p.part_end - p.part_start)) AS seconds, p.part_end = p.ended_at AS is_last
  FROM (
    SELECT s.id, s.worker_id, s.grid_code, s.started_at, s.ended_at, d.day,
      greatest(s.started_at, d.day_start) AS part_start,
      least(s.ended_at, d.day_start + interval '1 day') AS part_end
    FROM duty_shifts s
    CROSS JOIN LATERAL (
      SELECT g::date AS day, (g - interval '8 hours') AT TIME ZONE 'UTC' AS day_start
      FROM generate_series(${chinaDay(sql`s.started_at`)}::timestamp, ${chinaDay(sql`s.ended_at`)}::timestamp, interval '1 day') g
    ) d
    WHERE s.ended_at IS NOT NULL
  ) p
  WHERE p.part_start < p.part_end`;

export interface CounterRow {
  day: string;
  grid_code: string;
  metric: string;
  key: string;
  n: number;
}

/**
 * Each metric of common/metrics.ts counted from its facts, as (day, grid_code, metric, key, n)
 * rows; no two parts share a metric. `feverThreshold` is the warning rules' at the time of writing.
 */
function counterParts(feverThreshold: number): RawBuilder<unknown>[] {
  return [
    sql`SELECT ${chinaDay(sql`created_at`)} AS day, grid_code, ${m(METRICS.households)} AS metric, '' AS key, count(*) AS n FROM households GROUP BY 1, 2`,
    sql`SELECT ${chinaDay(sql`created_at`)} AS day, grid_code, ${m(METRICS.persons)} AS metric, '' AS key, count(*) AS n FROM persons GROUP BY 1, 2`,
    sql`SELECT ${chinaDay(sql`visited_at`)} AS day, grid_code, ${m(METRICS.visits)} AS metric, outcome AS key, count(*) AS n FROM visits GROUP BY 1, 2, 4`,
    sql`SELECT moved_on AS day, grid_code, CASE direction WHEN 'arrival' THEN ${m(METRICS.arrivals)} ELSE ${m(METRICS.departures)} END AS metric, category AS key, count(*) AS n
      FROM movements GROUP BY 1, 2, 3, 4`,
    sql`SELECT ${chinaDay(sql`occurred_at`)} AS day, grid_code, ${m(METRICS.events)} AS metric, category AS key, count(*) AS n FROM events GROUP BY 1, 2, 4`,
    sql`SELECT ${chinaDay(sql`started_at`)} AS day, grid_code, ${m(METRICS.dutyShifts)} AS metric, '' AS key, count(*) AS n FROM duty_shifts GROUP BY 1, 2`,
    sql`SELECT day, grid_code, ${m(METRICS.dutyMinutes)} AS metric, '' AS key, sum(round(seconds / 60)) AS n
      FROM (${SHIFT_PARTS}) parts WHERE round(seconds / 60) > 0 GROUP BY 1, 2`,
    // Grouped before being split in two, so the split handles a row per grid and day, not per declaration.
    sql`SELECT d.day, d.grid_code, x.metric, x.key, sum(d.n) AS n
      FROM (SELECT ${chinaDay(sql`declared_at`)} AS day, grid_code, direction, result, count(*) AS n FROM declarations GROUP BY 1, 2, 3, 4) d
      CROSS JOIN LATERAL (VALUES (${m(METRICS.declarations)}, d.direction), (${m(METRICS.declarationResults)}, d.result)) x(metric, key)
      GROUP BY 1, 2, 3, 4`,
    sql`SELECT ${chinaDay(sql`d.declared_at`)} AS day, d.grid_code, ${m(METRICS.symptoms)} AS metric, s.symptom AS key, count(*) AS n
      FROM declarations d CROSS JOIN LATERAL unnest(d.symptoms) s(symptom) WHERE cardinality(d.symptoms) > 0 GROUP BY 1, 2, 4`,
    sql`SELECT ${chinaDay(sql`declared_at`)} AS day, grid_code, ${m(METRICS.feverTemperatures)} AS metric, '' AS key, count(*) AS n
      FROM declarations WHERE temperature >= ${feverThreshold} GROUP BY 1, 2`,
    sql`SELECT ${chinaDay(sql`first_declared_at`)} AS day, grid_code, ${m(METRICS.warningsRaised)} AS metric, level AS key, count(*) AS n FROM warnings GROUP BY 1, 2, 4`,
    sql`SELECT ${chinaDay(sql`verified_at`)} AS day, grid_code, ${m(METRICS.warningsVerified)} AS metric, outcome AS key, count(*) AS n
      FROM warnings WHERE status = 'verified' GROUP BY 1, 2, 4`,
    sql`SELECT ch.changed_on AS day, c.grid_code, ${m(METRICS.caseEntries)} AS metric, ch.to_status AS key, count(*) AS n
      FROM case_changes ch JOIN cases c ON c.id = ch.case_id GROUP BY 1, 2, 4`,
    sql`SELECT ch.changed_on AS day, c.grid_code, ${m(METRICS.caseExits)} AS metric, ch.from_status AS key, count(*) AS n
      FROM case_changes ch JOIN cases c ON c.id = ch.case_id WHERE ch.from_status IS NOT NULL GROUP BY 1, 2, 4`,
  ];
}

/** Every counter recounted from the facts, as one query. */
export function recountQuery(feverThreshold: number) {
  return sql<CounterRow>`SELECT day::text AS day, grid_code, metric, key, n::bigint AS n FROM (
    ${sql.join(counterParts(feverThreshold).map((part) => sql`(${part})`), sql` UNION ALL `)}
  ) facts`;
}

/**
 * Replaces every counter with the recount, a metric's part at a time in key order (the
 * cheapest way into the index), and the regions' roll-ups with them. Answers the grid rows written.
 */
export async function rebuildDailyCounts(tx: Queryable, feverThreshold: number): Promise<number> {
  await sql`DELETE FROM daily_counts`.execute(tx);
  let rows = 0;
  for (const part of counterParts(feverThreshold)) {
    const inserted = await sql`INSERT INTO daily_counts (day, grid_code, metric, key, n) SELECT * FROM (${part}) p ORDER BY 1, 2, 3, 4`.execute(tx);
    rows += Number(inserted.numAffectedRows ?? 0);
  }
  await rebuildRegionCounts(tx);
  return rows;
}

export interface WorkerDayRow {
  day: string;
  worker_id: string;
  grid_code: string;
  visits: number;
  events: number;
  movements: number;
  households: number;
  persons: number;
  duty_seconds: number;
  last_activity_at: Date;
  last_lon: number | null;
  last_lat: number | null;
}

/**
 * What each worker did each day, from every fact that records worker activity
 * (recordWorkerActivity callers): the day's grid is that of its first activity, events count
 * in the reporter's own grid, and the position is that of the latest activity that had one
 * (of two at the same instant, the one further east, then north: any fixed rule will do).
 */
export function workerDaysQuery() {
  return sql<WorkerDayRow>`WITH shift_parts AS (${SHIFT_PARTS}), activity AS (
    SELECT created_by AS worker_id, grid_code, created_at AS at, 'households' AS tally, 0 AS duty, lon, lat FROM households
    UNION ALL SELECT created_by, grid_code, created_at, 'persons', 0, NULL, NULL FROM persons
    UNION ALL SELECT created_by, grid_code, created_at, 'movements', 0, NULL, NULL FROM movements
    UNION ALL SELECT created_by, grid_code, visited_at, 'visits', 0, lon, lat FROM visits
    UNION ALL SELECT e.reported_by, CASE WHEN length(u.region_code) = 15 THEN u.region_code ELSE e.grid_code END, e.created_at, 'events', 0, e.lon, e.lat
      FROM events e JOIN users u ON u.id = e.reported_by
    UNION ALL SELECT worker_id, grid_code, started_at, NULL, 0, start_lon, start_lat FROM duty_shifts
    UNION ALL SELECT worker_id, grid_code, CASE WHEN is_last THEN ended_at ELSE started_at END, NULL, seconds, NULL, NULL FROM shift_parts
    UNION ALL SELECT h.worker_id, s.grid_code, h.at, NULL, 0, h.lon, h.lat FROM heartbeats h JOIN duty_shifts s ON s.id = h.shift_id
    UNION ALL SELECT w.verified_by, u.region_code, w.verified_at, NULL, 0, NULL, NULL
      FROM warnings w JOIN users u ON u.id = w.verified_by WHERE w.status = 'verified' AND length(u.region_code) = 15
  )
  SELECT ${chinaDay(sql`at`)}::text AS day, worker_id,
    (array_agg(grid_code ORDER BY at, grid_code))[1] AS grid_code,
    count(*) FILTER (WHERE tally = 'visits')::int AS visits,
    count(*) FILTER (WHERE tally = 'events')::int AS events,
    count(*) FILTER (WHERE tally = 'movements')::int AS movements,
    count(*) FILTER (WHERE tally = 'households')::int AS households,
    count(*) FILTER (WHERE tally = 'persons')::int AS persons,
    sum(duty)::int AS duty_seconds,
    max(at) AS last_activity_at,
    (array_agg(lon ORDER BY at DESC, lon DESC, lat DESC) FILTER (WHERE lon IS NOT NULL AND lat IS NOT NULL))[1] AS last_lon,
    (array_agg(lat ORDER BY at DESC, lon DESC, lat DESC) FILTER (WHERE lon IS NOT NULL AND lat IS NOT NULL))[1] AS last_lat
  FROM activity GROUP BY 1, 2`;
}

/** Replaces every worker day with the recount. */
export async function rebuildWorkerDays(tx: Queryable): Promise<number> {
  await sql`DELETE FROM worker_days`.execute(tx);
  const inserted = await sql`INSERT INTO worker_days (day, worker_id, grid_code, visits, events, movements, households, persons, duty_seconds, last_activity_at, last_lon, last_lat)
    SELECT day::date, worker_id, grid_code, visits, events, movements, households, persons, duty_seconds, last_activity_at, last_lon, last_lat
    FROM (${workerDaysQuery()}) w ORDER BY 1, 2`.execute(tx);
  return Number(inserted.numAffectedRows ?? 0);
}
