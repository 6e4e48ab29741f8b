import { sql } from 'kysely';
import type { FieldSummary } from '../../../common/contracts/field.ts';
import { METRICS, type Metric } from '../../../common/metrics.ts';
import { chinaDate } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import { counterTotal } from '../../lists/total.ts';
import { openShiftSecondsToday } from '../duty/day-split.ts';
import { toShiftView } from '../duty/service.ts';
import { findOpenShift } from '../duty/store.ts';
import { regionChain } from '../regions/service.ts';
import { findRegion } from '../regions/store.ts';

/** Everything registered in the scope, from the counters kept with each registration (a user's scope is always a region). */
async function registeredTotal(db: Queryable, scope: string, metric: Metric): Promise<number> {
  return (await counterTotal(db, { scope, metrics: [metric] }))?.total ?? 0;
}

/** The field app's home screen: my grid, what I did today, and the totals of my grid. */
export async function fieldSummary({ database }: AppServices, actor: Actor, now = new Date()): Promise<FieldSummary> {
  const db = database.db;
  const today = chinaDate(now);
  const [region, chain, day, households, persons, observed, shift] = await Promise.all([
    findRegion(db, actor.scope),
    regionChain(db, actor.scope),
    db.selectFrom('worker_days').selectAll().where('day', '=', today).where('worker_id', '=', actor.id).executeTakeFirst(),
    registeredTotal(db, actor.scope, METRICS.households),
    registeredTotal(db, actor.scope, METRICS.persons),
    // Only arrivals whose 14-day window is open: movements_grid_window_idx reads those and no others.
    db.selectFrom('movements').select(sql<number>`count(*)`.as('n')).where(inScope('grid_code', actor.scope))
      .where('direction', '=', 'arrival').where('arrived_on', '<=', today).where('observation_ends_on', '>', today).executeTakeFirstOrThrow(),
    findOpenShift(db, actor.id),
  ]);
  return {
    grids: region ? [{ code: region.code, name: region.name, chain, centroid: region.centroid }] : [],
    today: {
      visits: day?.visits ?? 0, events: day?.events ?? 0, movements: day?.movements ?? 0, households: day?.households ?? 0, persons: day?.persons ?? 0,
      dutyMinutes: Math.round(((day?.duty_seconds ?? 0) + (shift ? openShiftSecondsToday(shift.started_at, now) : 0)) / 60),
    },
    totals: { households, persons, inObservation: Number(observed.n) },
    openShift: shift ? toShiftView(shift) : null,
  };
}
