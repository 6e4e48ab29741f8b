import type { Trajectory, TrajectorySource } from '../../../common/contracts/map.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import { chinaDate, chinaDayStart } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { personInScope } from '../register/persons.ts';

/** Most stops read from each source: a trajectory is for reading on a map, not an archive. */
const STOPS_PER_SOURCE = 300;

interface Stop {
  at: Date;
  lon: number;
  lat: number;
  source: TrajectorySource;
  place: string;
  grid_code: string;
  grid_name: string;
}

/**
 * A movement has a day, not a time: registered on that day, it happened by the registration
 * (so it sorts before what the worker did next); registered later, it is placed at the day's start.
 */
function movedAt(day: string, registeredAt: Date): Date {
  return chinaDate(registeredAt) === day ? registeredAt : chinaDayStart(day);
}

/**
 * A person's timed locations: where they were registered, their arrivals and departures
 * (at their household, on the day), the visits to their household, and the checkpoints where
 * they declared (matched by their phone's blind index). Oldest first; stops outside the
 * caller's region are left out and counted.
 */
export async function personTrajectory(db: Queryable, actor: Actor, personId: string): Promise<Trajectory> {
  const person = await personInScope(db, actor, personId);
  const household = person.household_id
    ? await db.selectFrom('households as h').innerJoin('regions as g', 'g.code', 'h.grid_code')
      .select(['h.id', 'h.address', 'h.lon', 'h.lat', 'h.grid_code', 'g.name as grid_name'])
      .where('h.id', '=', person.household_id).executeTakeFirst()
    : undefined;
  const home = household && household.lon !== null && household.lat !== null
    ? { lon: household.lon, lat: household.lat, place: household.address, grid_code: household.grid_code, grid_name: household.grid_name }
    : null;

  const [movements, visits, declarations] = await Promise.all([
    db.selectFrom('movements').select(['direction', 'moved_on', 'created_at']).where('person_id', '=', personId)
      .orderBy('moved_on', 'desc').limit(STOPS_PER_SOURCE).execute(),
    household
      ? db.selectFrom('visits as v').innerJoin('regions as g', 'g.code', 'v.grid_code')
        .select(['v.visited_at', 'v.lon', 'v.lat', 'v.grid_code', 'g.name as grid_name'])
        .where('v.household_id', '=', household.id).where('v.lon', 'is not', null).where('v.lat', 'is not', null)
        .orderBy('v.visited_at', 'desc').limit(STOPS_PER_SOURCE).execute()
      : [],
    person.phone_index
      ? db.selectFrom('declarations as d').innerJoin('checkpoints as k', 'k.id', 'd.checkpoint_id').innerJoin('regions as g', 'g.code', 'd.grid_code')
        .select(['d.declared_at', 'k.lon', 'k.lat', 'k.name', 'd.grid_code', 'g.name as grid_name'])
        .where('d.phone_index', '=', person.phone_index)
        .orderBy('d.declared_at', 'desc').limit(STOPS_PER_SOURCE).execute()
      : [],
  ]);

  const stops: Stop[] = [];
  if (home) {
    stops.push({ at: person.created_at, source: 'registration', ...home });
    for (const m of movements) stops.push({ at: movedAt(m.moved_on, m.created_at), source: m.direction === 'arrival' ? 'arrival' : 'departure', ...home });
  }
  for (const v of visits) stops.push({ at: v.visited_at, lon: v.lon!, lat: v.lat!, source: 'visit', place: household!.address, grid_code: v.grid_code, grid_name: v.grid_name });
  for (const d of declarations) stops.push({ at: d.declared_at, lon: d.lon, lat: d.lat, source: 'declaration', place: d.name, grid_code: d.grid_code, grid_name: d.grid_name });

  const visible = stops.filter((s) => isWithinScope(s.grid_code, actor.scope));
  visible.sort((a, b) => a.at.getTime() - b.at.getTime() || a.source.localeCompare(b.source));
  return {
    personId,
    stops: visible.map((s) => ({ at: s.at.toISOString(), lon: s.lon, lat: s.lat, source: s.source, place: s.place, grid: { code: s.grid_code, name: s.grid_name } })),
    outsideScope: stops.length - visible.length,
  };
}
