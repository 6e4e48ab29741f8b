import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';

/** A shift whose last sign of life is older than this no longer counts as "on duty". */
export const ON_DUTY_SILENCE_MINUTES = 30;

export interface WorkerStatusRow {
  id: string;
  username: string;
  display_name: string;
  region_code: string;
  grid_name: string;
  status: 'on_duty' | 'active_today' | 'inactive';
  visits: number | null;
  events: number | null;
  movements: number | null;
  households: number | null;
  persons: number | null;
  duty_seconds: number | null;
  last_activity_at: Date | null;
  last_lon: number | null;
  last_lat: number | null;
  shift_id: string | null;
  checkpoint_name: string | null;
  shift_started_at: Date | null;
  shift_heartbeat_at: Date | null;
}

/**
 * A grid worker's status, over `users u` left-joined to today's `worker_days wd` and their open
 * `duty_shifts s`: on duty (an open shift heard from in the last 30 minutes), active today
 * (did anything today), or inactive.
 */
export function workerStatus(now: Date): RawBuilder<string> {
  const silenceLimit = new Date(now.getTime() - ON_DUTY_SILENCE_MINUTES * 60_000);
  return sql`CASE
      WHEN s.id IS NOT NULL AND coalesce(s.last_heartbeat_at, s.started_at) >= ${silenceLimit} THEN 'on_duty'
      WHEN wd.worker_id IS NOT NULL THEN 'active_today'
      ELSE 'inactive' END`;
}

/** Grid workers with today's tallies and derived status. */
export function workerStatusRows(db: Queryable, scope: string, today: string, now: Date) {
  const status = workerStatus(now);
  return db.selectFrom('users as u')
    .innerJoin('regions as g', 'g.code', 'u.region_code')
    .leftJoin('worker_days as wd', (join) => join.onRef('wd.worker_id', '=', 'u.id').on('wd.day', '=', today))
    .leftJoin('duty_shifts as s', (join) => join.onRef('s.worker_id', '=', 'u.id').on('s.ended_at', 'is', null))
    .where('u.role', '=', 'grid_worker').where('u.disabled', '=', false)
    .where(inScope('u.region_code', scope))
    .select([
      'u.id', 'u.username', 'u.display_name', 'u.region_code', 'g.name as grid_name',
      status.as('status'),
      'wd.visits', 'wd.events', 'wd.movements', 'wd.households', 'wd.persons', 'wd.duty_seconds',
      sql<Date | null>`coalesce(wd.last_activity_at, (SELECT max(w2.last_activity_at) FROM worker_days w2 WHERE w2.worker_id = u.id))`.as('last_activity_at'),
      sql<number | null>`coalesce(wd.last_lon, (SELECT w3.last_lon FROM worker_days w3 WHERE w3.worker_id = u.id AND w3.last_lon IS NOT NULL ORDER BY w3.day DESC LIMIT 1))`.as('last_lon'),
      sql<number | null>`coalesce(wd.last_lat, (SELECT w4.last_lat FROM worker_days w4 WHERE w4.worker_id = u.id AND w4.last_lat IS NOT NULL ORDER BY w4.day DESC LIMIT 1))`.as('last_lat'),
      's.id as shift_id', 's.checkpoint_name', 's.started_at as shift_started_at', 's.last_heartbeat_at as shift_heartbeat_at',
    ]);
}

const WORKER_ORDER: ListOrder = { list: 'workers', direction: 'asc', keys: [sortKey('w.region_code', 'text'), sortKey('w.id', 'uuid')] };

export async function listWorkerStatus(db: Queryable, f: { scope: string; status?: string; today: string; now: Date }, ask: PageAsk) {
  const plan = planPage(WORKER_ORDER, ask);
  const inner = workerStatusRows(db, f.scope, f.today, f.now);
  const filtered = db.selectFrom(inner.as('w')).selectAll('w').select(plan.pageKey).$if(Boolean(f.status), (q) => q.where('w.status', '=', f.status!));
  const [fetched, counts] = await Promise.all([
    filtered.where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    db.selectFrom(workerStatusRows(db, f.scope, f.today, f.now).as('w')).select(['w.status', sql<number>`count(*)`.as('n')]).groupBy('w.status').execute(),
  ]);
  const byStatus = { on_duty: 0, active_today: 0, inactive: 0 };
  for (const c of counts) byStatus[c.status as keyof typeof byStatus] = Number(c.n);
  const total = f.status ? byStatus[f.status as keyof typeof byStatus] ?? 0 : byStatus.on_duty + byStatus.active_today + byStatus.inactive;
  const page = finishPage(WORKER_ORDER, ask, fetched);
  return { rows: page.rows as unknown as WorkerStatusRow[], counts: byStatus, total, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
