import { sql } from 'kysely';
import type { HouseholdMatch } from '../../common/contracts/field.ts';
import type { OriginCategory, Transport, VisitOutcome } from '../../common/field/vocabulary.ts';
import { chinaDate } from '../../common/time.ts';
import type { Actor } from '../../server/core/actor.ts';
import { AppError } from '../../server/core/errors.ts';
import { endShift, recordHeartbeat, startShift } from '../../server/modules/duty/service.ts';
import { findOpenShift } from '../../server/modules/duty/store.ts';
import { createEvent } from '../../server/modules/events/service.ts';
import { createHousehold } from '../../server/modules/households/service.ts';
import { createMovement } from '../../server/modules/movements/service.ts';
import { createPerson } from '../../server/modules/persons/service.ts';
import { createVisit } from '../../server/modules/visits/service.ts';
import { eventDescription } from '../history/event-texts.ts';
import { drawEventCategory } from '../history/events.ts';
import { intBetween, pick, weightedCode } from '../history/random.ts';
import { placeOf } from '../history/travel.ts';
import { newId, SIMULATED, simulatedResident, type SimContext } from './context.ts';

/** What grid workers do in the field, through the same services as the field app. */

const ARRIVAL_CATEGORY = weightedCode<OriginCategory>({ other_province: 60, in_province: 20, abroad: 10, hubei_other: 5, wuhan: 5 });
const TRANSPORT = weightedCode<Transport>({ train: 40, car: 40, coach: 15, plane: 5 });
const OUTCOME = weightedCode<VisitOutcome>({ normal: 85, not_home: 8, needs_follow_up: 5, refused: 2 });
const MINUTE = 60_000;
/** Shifts longer than this are ended; shifts not heard from for this long get a heartbeat. */
const SHIFT_HOURS = 10;
const HEARTBEAT_EVERY = 10 * MINUTE;

function chinaHour(now: Date): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCHours();
}

export async function reportEvent({ services, cast, places, random, now }: SimContext): Promise<void> {
  const gridCode = pick(random, cast.gridsWithWorker);
  const grid = await places.shape(gridCode);
  const location = await places.pointIn(gridCode, random);
  if (!grid || !location) return;
  const category = drawEventCategory(random);
  await createEvent(services, cast.workers.get(gridCode)!, {
    id: newId(), category, description: SIMULATED + eventDescription(category, grid.name, random), occurredAt: now.toISOString(), location,
  }, [], now);
}

/** Someone comes back: registered (in a household of the grid, or a new one) and recorded as an arrival. */
export async function recordArrival({ services, cast, places, random, now }: SimContext): Promise<void> {
  const gridCode = pick(random, cast.gridsWithWorker);
  const actor = cast.workers.get(gridCode)!;
  let household = cast.households.find((h) => h.gridCode === gridCode);
  if (!household) {
    const grid = await places.shape(gridCode);
    if (!grid) return;
    const created = await createHousehold(services, actor, {
      id: newId(), address: `${SIMULATED}${grid.name}${intBetween(random, 1, 99)}号`, gridCode, note: `${SIMULATED}模拟数据`,
    }, now).then((c) => c.value, (error: unknown) => {
      // The door was registered before (by an earlier run): the person joins that household, as a worker would do.
      const existing = error instanceof AppError && error.code === 'HOUSEHOLD_DUPLICATE_ADDRESS' ? error.extra?.existing as HouseholdMatch | undefined : undefined;
      if (!existing) throw error;
      return existing;
    });
    household = { id: created.id, gridCode };
    cast.households.push(household);
  }
  const today = chinaDate(now);
  const person = await registerResident(services, actor, household.id, gridCode, today, random, now);
  const category = ARRIVAL_CATEGORY(random);
  const place = placeOf(category, random);
  await createMovement(services, actor, {
    id: newId(), personId: person.value.id, direction: 'arrival', category,
    ...(place.province ? { province: place.province } : {}), ...(place.city ? { city: place.city } : {}),
    leftOn: today, arrivedOn: today, transport: category === 'abroad' ? 'plane' : TRANSPORT(random), healthStatus: 'normal', note: `${SIMULATED}模拟数据`,
  }, now);
}

/** A made-up ID number can be one the register already has: draw another, as a real one would differ. */
async function registerResident(services: SimContext['services'], actor: Actor, householdId: string, gridCode: string, today: string, random: SimContext['random'], now: Date) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createPerson(services, actor, { id: newId(), householdId, ...simulatedResident(random, gridCode, today), relation: 'other' }, now);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'PERSON_EXISTS') || attempt === 3) throw error;
    }
  }
}

export async function visitHousehold({ services, cast, random, now }: SimContext): Promise<void> {
  if (cast.households.length === 0) return;
  const household = pick(random, cast.households);
  const outcome = OUTCOME(random);
  await createVisit(services, cast.workers.get(household.gridCode)!, {
    id: newId(), householdId: household.id, visitedAt: now.toISOString(), metCount: outcome === 'not_home' ? 0 : intBetween(random, 1, 3),
    outcome, note: `${SIMULATED}例行走访`,
  }, now);
}

/** Workers on duty send their position every so often, and go home after a long shift. */
export async function keepShifts({ services, cast, places, random, now }: SimContext, count: number): Promise<void> {
  const lastHeard = sql<Date>`coalesce(last_heartbeat_at, started_at)`;
  const shifts = await services.database.db.selectFrom('duty_shifts').select(['id', 'worker_id', 'grid_code', 'started_at', 'start_lon', 'start_lat'])
    .where('ended_at', 'is', null).where(lastHeard, '<', new Date(now.getTime() - HEARTBEAT_EVERY)).orderBy(lastHeard).limit(count).execute();
  for (const shift of shifts) {
    const actor = cast.workers.get(shift.grid_code);
    if (actor?.id !== shift.worker_id) continue;
    if (now.getTime() - shift.started_at.getTime() > SHIFT_HOURS * 3_600_000) {
      await endShift(services, actor, shift.id, now.toISOString(), now);
      continue;
    }
    const location = shift.start_lon !== null && shift.start_lat !== null
      ? { lon: shift.start_lon, lat: shift.start_lat, crs: 'wgs84' as const }
      : await places.pointIn(shift.grid_code, random);
    if (location) await recordHeartbeat(services, actor, { id: newId(), shiftId: shift.id, at: now.toISOString(), location }, now);
  }
}

/** In the daytime, a worker takes up duty at their checkpoint. */
export async function startDuty({ services, cast, random, now }: SimContext): Promise<void> {
  const hour = chinaHour(now);
  if (hour < 6 || hour >= 20 || cast.checkpoints.length === 0) return;
  const gate = pick(random, cast.checkpoints);
  const actor = cast.workers.get(gate.gridCode);
  if (!actor || (await findOpenShift(services.database.db, actor.id))) return;
  await startShift(services, actor, {
    id: newId(), checkpointName: gate.name, startedAt: now.toISOString(), location: { lon: gate.lon, lat: gate.lat, crs: 'wgs84' },
  }, now);
}
