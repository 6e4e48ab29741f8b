import { sql } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import { workerStatus } from './store.ts';
import { codePrefix } from '../../core/counter-sums.ts';

export interface WorkerFigures {
  total: number;
  onDuty: number;
  activeToday: number;
  inactive: number;
}

export const NO_WORKERS: WorkerFigures = { total: 0, onDuty: 0, activeToday: 0, inactive: 0 };

/**
 * Grid workers per child region by status, with the workers list's own status rule. Bounded
 * by the number of workers in the region (8,129 for the whole city).
 */
export async function workerFiguresByChild(db: Queryable, q: { scope: string; childLength: number; today: string; now: Date }): Promise<Map<string, WorkerFigures>> {
  const status = workerStatus(q.now);
  const rows = await db.selectFrom('users as u')
    .leftJoin('worker_days as wd', (join) => join.onRef('wd.worker_id', '=', 'u.id').on('wd.day', '=', q.today))
    .leftJoin('duty_shifts as s', (join) => join.onRef('s.worker_id', '=', 'u.id').on('s.ended_at', 'is', null))
    .where('u.role', '=', 'grid_worker').where('u.disabled', '=', false).where(inScope('u.region_code', q.scope))
    .select([codePrefix('u.region_code', q.childLength).as('child'), status.as('status'), sql<number>`count(*)`.as('n')])
    // By position: the status expression carries a parameter, which GROUP BY would not match.
    .groupBy(sql`1, 2`)
    .execute();
  const byChild = new Map<string, WorkerFigures>();
  for (const r of rows) {
    const figures = byChild.get(r.child) ?? { ...NO_WORKERS };
    const n = Number(r.n);
    figures.total += n;
    if (r.status === 'on_duty') figures.onDuty += n;
    else if (r.status === 'active_today') figures.activeToday += n;
    else figures.inactive += n;
    byChild.set(r.child, figures);
  }
  return byChild;
}

export function addWorkerFigures(a: WorkerFigures, b: WorkerFigures): WorkerFigures {
  return { total: a.total + b.total, onDuty: a.onDuty + b.onDuty, activeToday: a.activeToday + b.activeToday, inactive: a.inactive + b.inactive };
}
