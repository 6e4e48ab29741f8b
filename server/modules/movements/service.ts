import type { MovementCreate, MovementView } from '../../../common/contracts/field.ts';
import { checkMovement } from '../../../common/field/rules.ts';
import { OBSERVATION_DAYS } from '../../../common/field/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import { addDays, chinaDate } from '../../../common/time.ts';
import type { Actor } from '../../core/actor.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { bumpCounters, recordWorkerActivity } from '../../core/counters.ts';
import { createOnce, type CreateOutcome } from '../../core/create-once.ts';
import { personInScope } from '../register/persons.ts';
import { toMovementView } from '../register/movements.ts';
import { findMovement, insertMovement } from '../register/movements-store.ts';

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

