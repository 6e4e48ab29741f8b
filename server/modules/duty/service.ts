import type { HeartbeatCreate, ShiftStart, ShiftView } from '../../../common/contracts/field.ts';
import { checkPastInstant, checkShiftStart, type FieldErrors } from '../../../common/field/rules.ts';
import { toWgs84 } from '../../../common/geo/crs.ts';
import { METRICS } from '../../../common/metrics.ts';
import { GRID_LEVEL, levelOfCode } from '../../../common/regions/codes.ts';
import { chinaDate } from '../../../common/time.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { bumpCounters, recordWorkerActivity } from '../../core/counters.ts';
import type { CreateOutcome } from '../../core/create-once.ts';
import { resolvePlace } from '../regions/grid-resolution.ts';
import { secondsPerDay } from './day-split.ts';
import { closeShift, findHeartbeat, findOpenShift, findShift, insertHeartbeat, insertShift, touchShift, type ShiftRow } from './store.ts';

export function toShiftView(row: ShiftRow): ShiftView {
  return {
    id: row.id,
    workerName: row.worker_name,
    grid: { code: row.grid_code, name: row.grid_name },
    checkpointName: row.checkpoint_name,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at?.toISOString() ?? null,
    lastHeartbeatAt: row.last_heartbeat_at?.toISOString() ?? null,
  };
}

export async function startShift({ database, locator }: AppServices, actor: Actor, input: ShiftStart, now = new Date()): Promise<CreateOutcome<ShiftView>> {
  assertNoFieldErrors(checkShiftStart(input, now));
  const startedAt = new Date(input.startedAt);
  try {
    return await database.transaction(async (tx) => {
      const retried = await findShift(tx, input.id);
      if (retried) {
        if (retried.worker_id !== actor.id) throw new AppError('ID_IN_USE', undefined, { id: 'ID_IN_USE' });
        return { created: false, value: toShiftView(retried) };
      }
      if (await findOpenShift(tx, actor.id)) throw new AppError('ALREADY_ON_DUTY');
      const place = levelOfCode(actor.scope) === GRID_LEVEL && !input.location
        ? { gridCode: actor.scope, lon: null, lat: null }
        : await resolvePlace(tx, locator, actor, { location: input.location, gridCode: levelOfCode(actor.scope) === GRID_LEVEL ? actor.scope : undefined });
      await insertShift(tx, {
        id: input.id, worker_id: actor.id, grid_code: place.gridCode, checkpoint_name: input.checkpointName.trim(),
        started_at: startedAt, start_lon: place.lon, start_lat: place.lat,
      });
      await bumpCounters(tx, [{ day: chinaDate(startedAt), gridCode: place.gridCode, metric: METRICS.dutyShifts }]);
      await recordWorkerActivity(tx, { workerId: actor.id, gridCode: place.gridCode, at: startedAt, lon: place.lon, lat: place.lat });
      return { created: true, value: toShiftView((await findShift(tx, input.id))!) };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'duty_shifts_open_idx')) throw new AppError('ALREADY_ON_DUTY');
    throw error;
  }
}

/** Ending twice answers the ended shift: a phone may resend the end after losing the answer. */
export async function endShift({ database }: AppServices, actor: Actor, id: string, endedAtText: string, now = new Date()): Promise<ShiftView> {
  const errors: FieldErrors = {};
  checkPastInstant(errors, 'endedAt', endedAtText, now);
  assertNoFieldErrors(errors);
  const endedAt = new Date(endedAtText);
  return database.transaction(async (tx) => {
    const shift = await findShift(tx, id);
    if (!shift || shift.worker_id !== actor.id) throw new AppError('SHIFT_NOT_FOUND');
    if (shift.ended_at) return toShiftView(shift);
    if (endedAt < shift.started_at) throw new AppError('VALIDATION_FAILED', undefined, { endedAt: 'DATE_ORDER' });
    await closeShift(tx, id, endedAt);
    const days = secondsPerDay(shift.started_at, endedAt);
    await bumpCounters(tx, days.map((d) => ({ day: d.day, gridCode: shift.grid_code, metric: METRICS.dutyMinutes, n: Math.round(d.seconds / 60) })).filter((b) => b.n > 0));
    for (const d of days) {
      await recordWorkerActivity(tx, { workerId: actor.id, gridCode: shift.grid_code, at: d.day === days[days.length - 1]!.day ? endedAt : shift.started_at, dutySeconds: d.seconds });
    }
    return toShiftView((await findShift(tx, id))!);
  });
}

/** Positions are taken only while on duty: a heartbeat outside an open shift of one's own is refused. */
export async function recordHeartbeat({ database }: AppServices, actor: Actor, input: HeartbeatCreate, now = new Date()): Promise<CreateOutcome<{ id: string; shiftId: string; at: string }>> {
  const errors: FieldErrors = {};
  checkPastInstant(errors, 'at', input.at, now);
  assertNoFieldErrors(errors);
  const at = new Date(input.at);
  const [lon, lat] = toWgs84(input.location.lon, input.location.lat, input.location.crs);
  const answer = { id: input.id, shiftId: input.shiftId, at: at.toISOString() };
  return database.transaction(async (tx) => {
    const existing = await findHeartbeat(tx, input.id);
    if (existing) {
      if (existing.worker_id !== actor.id) throw new AppError('ID_IN_USE', undefined, { id: 'ID_IN_USE' });
      return { created: false, value: { id: existing.id, shiftId: existing.shift_id, at: existing.at.toISOString() } };
    }
    const shift = await findShift(tx, input.shiftId);
    if (!shift || shift.worker_id !== actor.id || shift.ended_at !== null || at < shift.started_at) throw new AppError('NOT_ON_DUTY');
    await insertHeartbeat(tx, { id: input.id, shift_id: shift.id, worker_id: actor.id, at, lon, lat, accuracy: input.location.accuracy ?? null });
    await touchShift(tx, shift.id, at);
    await recordWorkerActivity(tx, { workerId: actor.id, gridCode: shift.grid_code, at, lon, lat });
    return { created: true, value: answer };
  });
}
