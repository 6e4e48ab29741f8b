import type { Insertable } from 'kysely';
import { chinaDayStart } from '../../common/time.ts';
import type { DutyShiftsTable, HeartbeatsTable } from '../../server/db/schema.ts';
import type { Random } from '../geography/prng.ts';
import type { HistoryCalendar } from './calendar.ts';
import type { HistoryCheckpoint } from './checkpoints.ts';
import { apportion, chance, normal, pick, uuidAt } from './random.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface DutyHistory {
  shifts: Insertable<DutyShiftsTable>[];
  heartbeats: Insertable<HeartbeatsTable>[];
}

/** Checkpoints were staffed more as the weeks went on. */
const DAILY_CURVE = (x: number) => 0.5 + 0.5 * Math.min(1, x * 3);

/**
 * Each day, workers of grids with a checkpoint stand a shift at one of its gates: days from
 * around 07:00 for five to ten hours, some nights at road checkpoints from 20:00 to before
 * 06:00. A worker has at most one shift a day and they never overlap. Shifts still running now
 * are open, with a recent heartbeat, so the worker shows as on duty.
 */
export function buildDuty(total: number, checkpoints: HistoryCheckpoint[], calendar: HistoryCalendar, workers: string[], random: Random): DutyHistory {
  const now = calendar.now.getTime();
  const byGrid = new Map<number, HistoryCheckpoint[]>();
  for (const c of checkpoints) {
    const gates = byGrid.get(c.grid);
    if (gates) gates.push(c);
    else byGrid.set(c.grid, [c]);
  }
  const posts = [...byGrid.values()];
  const duty: DutyHistory = { shifts: [], heartbeats: [] };
  if (posts.length === 0) return duty;
  apportion(total, calendar.weights(DAILY_CURVE)).forEach((wanted, day) => {
    const dayStart = chinaDayStart(calendar.days[day]!).getTime();
    for (const gates of shuffled(posts, random).slice(0, Math.min(wanted, posts.length))) {
      const gate = pick(random, gates);
      const night = gate.kind === 'road_checkpoint' && chance(random, 0.2);
      const startHour = night ? 19.5 + random() : Math.max(6.5, normal(random, 7.3, 0.5));
      const start = dayStart + Math.round(startHour * 3600) * 1000;
      if (start >= now) continue; // not begun yet today
      const planned = night
        ? Math.min(start + (8 + random() * 1.5) * HOUR, dayStart + 29.75 * HOUR)
        : start + (5 + random() * 5) * HOUR;
      const end = Math.round(planned / 1000) * 1000;
      const open = end >= now;
      const workerId = workers[gate.grid]!;
      const id = uuidAt(start, random);
      const heartbeatAt = open ? Math.max(start, Math.floor((now - (1 + random() * 24) * MINUTE) / 1000) * 1000) : null;
      duty.shifts.push({
        id, worker_id: workerId, grid_code: gate.gridCode, checkpoint_name: gate.name, started_at: new Date(start),
        ended_at: open ? null : new Date(end), start_lon: gate.lon, start_lat: gate.lat,
        last_heartbeat_at: heartbeatAt === null ? null : new Date(heartbeatAt), created_at: new Date(start),
      });
      if (heartbeatAt !== null) {
        duty.heartbeats.push({ id: uuidAt(heartbeatAt, random), shift_id: id, worker_id: workerId, at: new Date(heartbeatAt), lon: gate.lon, lat: gate.lat, accuracy: 10 });
      }
    }
  });
  duty.shifts.sort((a, b) => (a.id < b.id ? -1 : 1));
  return duty;
}

/** Fisher–Yates on a copy. */
function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
