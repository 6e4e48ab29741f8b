import type { WorkerStatusView } from '../../../common/contracts/field.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import { chinaDate } from '../../../common/time.ts';
import type { Actor } from '../../http/context.ts';
import { toPage, type PageAsk } from '../../lists/page.ts';
import type { AppServices } from '../../services.ts';
import { openShiftSecondsToday } from '../duty/day-split.ts';
import { listWorkerStatus, type WorkerStatusRow } from './store.ts';

function toView(r: WorkerStatusRow, now: Date): WorkerStatusView {
  const openSeconds = r.shift_started_at ? openShiftSecondsToday(new Date(r.shift_started_at), now) : 0;
  return {
    userId: r.id,
    username: r.username,
    displayName: r.display_name,
    grid: { code: r.region_code, name: r.grid_name },
    status: r.status,
    lastActivityAt: r.last_activity_at ? new Date(r.last_activity_at).toISOString() : null,
    lastLon: r.last_lon,
    lastLat: r.last_lat,
    today: {
      visits: r.visits ?? 0, events: r.events ?? 0, movements: r.movements ?? 0, households: r.households ?? 0, persons: r.persons ?? 0,
      dutyMinutes: Math.round(((r.duty_seconds ?? 0) + openSeconds) / 60),
    },
    openShift: r.shift_id ? {
      id: r.shift_id, workerName: r.display_name, grid: { code: r.region_code, name: r.grid_name }, checkpointName: r.checkpoint_name!,
      startedAt: new Date(r.shift_started_at!).toISOString(), endedAt: null,
      lastHeartbeatAt: r.shift_heartbeat_at ? new Date(r.shift_heartbeat_at).toISOString() : null,
    } : null,
  };
}

export async function workerStatuses({ database }: AppServices, actor: Actor, q: { region?: string; status?: string } & PageAsk, now = new Date()) {
  const region = q.region ?? actor.scope;
  if (!isWithinScope(region, actor.scope)) return { items: [], total: 0, counts: { on_duty: 0, active_today: 0, inactive: 0 } };
  const { counts, ...page } = await listWorkerStatus(database.db, { scope: region, status: q.status, today: chinaDate(now), now }, q);
  return { ...toPage(page, (r) => toView(r, now)), counts };
}
