import { sql } from 'kysely';
import type { LiveTopic } from '../../../common/contracts/live.ts';
import { METRICS, type Metric } from '../../../common/metrics.ts';
import { chinaDate } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { announceChange } from '../../db/changes.ts';
import { jsonRowsSource } from '../../db/json-rows.ts';

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
  const folded = new Map<string, { day: string; grid_code: string; metric: string; key: string; n: number }>();
  for (const b of bumps) {
    const key = b.key ?? '';
    const id = `${b.day}|${b.gridCode}|${b.metric}|${key}`;
    const row = folded.get(id);
    if (row) row.n += b.n ?? 1;
    else folded.set(id, { day: b.day, grid_code: b.gridCode, metric: b.metric, key, n: b.n ?? 1 });
  }
  const source = jsonRowsSource('daily_counts', ['day', 'grid_code', 'metric', 'key', 'n'], [...folded.values()]);
  await sql`INSERT INTO daily_counts ${source.columns} ${source.select}
    ON CONFLICT (day, grid_code, metric, key) DO UPDATE SET n = daily_counts.n + excluded.n`.execute(tx);
  await announceChange(tx, bumps.map((b) => TOPIC_OF[b.metric]), bumps.map((b) => b.gridCode));
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
