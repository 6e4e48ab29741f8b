import { toPage, type PageAsk } from '../../lists/page.ts';
import type { MovementView } from '../../../common/contracts/field.ts';
import type { Direction, HealthStatus, OriginCategory, Transport } from '../../../common/field/vocabulary.ts';
import { chinaDate } from '../../../common/time.ts';
import { listRegion } from '../../core/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { nameFor } from '../../core/names.ts';
import type { AppServices } from '../../core/services.ts';
import { listMovements, type MovementFilter, type MovementRow } from './movements-store.ts';

export function toMovementView(row: MovementRow, actor: Actor, today = chinaDate(new Date())): MovementView {
  const inObservation = row.direction === 'arrival' && row.observation_ends_on !== null
    && row.observation_ends_on > today && (row.released_on === null || row.released_on > today);
  return {
    id: row.id,
    personId: row.person_id,
    personName: nameFor(actor, row.person_name),
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

export interface MovementQuery extends PageAsk {
  region?: string;
  direction?: string;
  category?: string;
  personId?: string;
  householdId?: string;
  from?: string;
  to?: string;
  inObservation?: boolean;
}

export function movementFilter(actor: Actor, q: MovementQuery): MovementFilter | null {
  const region = listRegion(actor, q.region);
  if (region === null) return null;
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
