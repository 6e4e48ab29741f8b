import { sql } from 'kysely';
import type { NearbyWorkers } from '../../../common/contracts/dispatch.ts';
import { distanceMetres } from '../../../common/geo/distance.ts';
import { rolesWith } from '../../../common/permissions.ts';
import { addDays, chinaDate } from '../../../common/time.ts';
import { isWithinScope, GRID_LEVEL, LEVEL_CODE_LENGTH } from '../../../common/regions/codes.ts';
import { inScope } from '../../db/scope.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import { eventVisibleTo } from './read.ts';

/** Workers farther than their event's district are not whom an emergency calls on. */
const DISTRICT_LENGTH = LEVEL_CODE_LENGTH[2];
const LISTED = 10;

/**
 * The grid workers nearest to an event (应急调度) by their latest position today or yesterday
 * (the duty heartbeats and their field work both leave it), on duty first; inside the caller's
 * region and the event's district. Dispatching to one of them is `dispatch` with its `userId`.
 */
export async function nearbyWorkers({ database }: AppServices, actor: Actor, eventId: string, now = new Date()): Promise<NearbyWorkers> {
  const event = await eventVisibleTo(database.db, actor, eventId);
  const district = event.grid_code.slice(0, DISTRICT_LENGTH);
  const area = isWithinScope(actor.scope, district) ? actor.scope : district;
  const since = addDays(chinaDate(now), -1);
  const { rows } = await sql<{ id: string; display_name: string; region_code: string; grid_name: string; lon: number; lat: number; at: Date; on_duty: boolean }>`
    SELECT u.id, u.display_name, u.region_code, g.name AS grid_name, w.last_lon AS lon, w.last_lat AS lat, w.last_activity_at AS at,
      EXISTS (SELECT 1 FROM duty_shifts s WHERE s.worker_id = u.id AND s.ended_at IS NULL) AS on_duty
    FROM users u
    JOIN regions g ON g.code = u.region_code
    JOIN LATERAL (SELECT wd.last_lon, wd.last_lat, wd.last_activity_at FROM worker_days wd
      WHERE wd.worker_id = u.id AND wd.day >= ${since} AND wd.last_lon IS NOT NULL ORDER BY wd.day DESC LIMIT 1) w ON true
    WHERE NOT u.disabled AND g.level = ${GRID_LEVEL} AND u.role IN (${sql.join(rolesWith('field.write'))}) AND ${inScope('u.region_code', area)}`.execute(database.db);
  const items = rows.map((r) => ({
    userId: r.id, name: r.display_name, grid: { code: r.region_code, name: r.grid_name }, onDuty: r.on_duty,
    distanceM: Math.round(distanceMetres(event, r)), fixAt: r.at.toISOString(), fixAgeS: Math.max(0, Math.round((now.getTime() - r.at.getTime()) / 1000)),
  }));
  items.sort((a, b) => Number(b.onDuty) - Number(a.onDuty) || a.distanceM - b.distanceM);
  return { items: items.slice(0, LISTED) };
}
