import type { HouseholdDetail, MemberObservation, PersonDetail } from '../../../common/contracts/field.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import { toHouseholdView } from './household-view.ts';
import { householdInScope } from './households.ts';
import { findHousehold } from './households-store.ts';
import { listMovementsInScope } from './movements.ts';
import { toPersonView } from './person-view.ts';
import { listPersonsInScope, personInScope } from './persons.ts';
import { listVisitsInScope } from './visits.ts';

/** Members whose arrival keeps them under observation today, each with the latest day a window ends. */
async function householdObservation(services: AppServices, actor: Actor, householdId: string): Promise<MemberObservation[]> {
  const { items } = await listMovementsInScope(services, actor, { householdId, direction: 'arrival', inObservation: true, offset: 0, limit: 200 });
  const endsOn = new Map<string, string>();
  for (const m of items) {
    if (m.observationEndsOn && m.observationEndsOn > (endsOn.get(m.personId) ?? '')) endsOn.set(m.personId, m.observationEndsOn);
  }
  return [...endsOn].map(([personId, observationEndsOn]) => ({ personId, observationEndsOn }));
}

/** A household's page: the household, its members, the latest visits and who is under observation. */
export async function householdDetail(services: AppServices, actor: Actor, id: string): Promise<HouseholdDetail> {
  const row = await householdInScope(services.database.db, actor, id);
  const [members, visits, observation] = await Promise.all([
    listPersonsInScope(services, actor, { householdId: id, offset: 0, limit: 200 }),
    listVisitsInScope(services, actor, { householdId: id, offset: 0, limit: 50 }),
    householdObservation(services, actor, id),
  ]);
  return { household: toHouseholdView(row), members: members.items, visits: visits.items, observation };
}

export async function personDetail(services: AppServices, actor: Actor, id: string): Promise<PersonDetail> {
  const db = services.database.db;
  const row = await personInScope(db, actor, id);
  const [household, movements] = await Promise.all([
    row.household_id ? findHousehold(db, row.household_id) : null,
    listMovementsInScope(services, actor, { personId: id, offset: 0, limit: 100 }),
  ]);
  return { person: toPersonView(row, actor, true), household: household ? toHouseholdView(household) : null, movements: movements.items };
}
