import type { MovementCreate, MovementView } from '../../../common/contracts/field.ts';
import { checkMovement } from '../../../common/field/rules.ts';
import { OBSERVATION_DAYS, type Direction, type HealthStatus, type OriginCategory, type Transport } from '../../../common/field/vocabulary.ts';
import { maskName } from '../../../common/identity/mask.ts';
import { METRICS } from '../../../common/metrics.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import { addDays, chinaDate } from '../../../common/time.ts';
import type { Actor } from '../../http/context.ts';
import { toPage } from '../../lists/page.ts';
import { assertNoFieldErrors } from '../../http/validate.ts';
import type { AppServices } from '../../services.ts';
import { bumpCounters, recordWorkerActivity } from '../field/counters.ts';
import { createOnce, type CreateOutcome } from '../field/create-once.ts';
import { personInScope } from '../persons/service.ts';
import { findMovement, insertMovement, listMovements, type MovementFilter, type MovementRow } from './store.ts';

export function toMovementView(row: MovementRow, actor: Actor, today = chinaDate(new Date())): MovementView {
  const inObservation = row.direction === 'arrival' && row.observation_ends_on !== null
    && row.observation_ends_on > today && (row.released_on === null || row.released_on > today);
  return {
    id: row.id,
    personId: row.person_id,
    personName: actor.role === 'grid_worker' ? row.person_name : maskName(row.person_name),
    grid: { code: row.grid_code, name: row.grid_name },
    direction: row.direction as Direction,
    category: row.category as OriginCategory,
    province: row.place_province,
    city: row.place_city,
    leftOn: row.left_on,
    arrivedOn: row.arrived_on,
    transport: row.transport as Transport | null,
    healthStatus: row.health_status as HealthStatus,
    observationEndsOn: row.observation_ends_on,
    inObservation,
    note: row.note,
    createdAt: row.created_at.toISOString(),
  };
}

export async function createMovement(services: AppServices, actor: Actor, input: MovementCreate, now = new Date()): Promise<CreateOutcome<MovementView>> {
  assertNoFieldErrors(checkMovement(input, now));
  const arrival = input.direction === 'arrival';
  const movedOn = (arrival ? input.arrivedOn : input.leftOn)!;
  return services.database.transaction(async (tx) => {
    const person = await personInScope(tx, actor, input.personId);
    return createOnce(
      actor,
      () => insertMovement(tx, {
        id: input.id, person_id: person.id, grid_code: person.grid_code, direction: input.direction, category: input.category,
        place_province: input.province?.trim() || (input.category === 'wuhan' || input.category === 'hubei_other' ? '湖北省' : null),
        place_city: input.city?.trim() || (input.category === 'wuhan' ? '武汉市' : null),
        left_on: input.leftOn ?? null, arrived_on: input.arrivedOn ?? null, moved_on: movedOn,
        transport: input.transport ?? null, health_status: input.healthStatus,
        observation_ends_on: arrival ? addDays(movedOn, OBSERVATION_DAYS) : null, released_on: null,
        note: input.note?.trim() || null, created_by: actor.id, created_at: now,
      }),
      async () => {
        const row = await findMovement(tx, input.id);
        return row && { createdBy: row.created_by, value: toMovementView(row, actor, chinaDate(now)) };
      },
      async () => {
        await bumpCounters(tx, [{ day: movedOn, gridCode: person.grid_code, metric: arrival ? METRICS.arrivals : METRICS.departures, key: input.category }]);
        await recordWorkerActivity(tx, { workerId: actor.id, gridCode: person.grid_code, at: now, tally: 'movements' });
      },
    );
  });
}

export interface MovementQuery {
  region?: string;
  direction?: string;
  category?: string;
  personId?: string;
  householdId?: string;
  from?: string;
  to?: string;
  inObservation?: boolean;
  offset: number;
  limit: number;
}

export function movementFilter(actor: Actor, q: MovementQuery): MovementFilter | null {
  const region = q.region ?? actor.scope;
  if (!isWithinScope(region, actor.scope)) return null;
  return {
    scope: region, direction: q.direction, category: q.category, personId: q.personId, householdId: q.householdId, from: q.from, to: q.to,
    ...(q.inObservation ? { observedOn: chinaDate(new Date()) } : {}),
  };
}

export async function listMovementsInScope({ database }: AppServices, actor: Actor, q: MovementQuery) {
  const filter = movementFilter(actor, q);
  if (!filter) return { items: [], total: 0 };
  const page = await listMovements(database.db, filter, q);
  const today = chinaDate(new Date());
  return toPage(page, (r) => toMovementView(r, actor, today));
}
