import type { Insertable } from 'kysely';
import type { Relation } from '../../common/field/vocabulary.ts';
import type { HouseholdsTable, MovementsTable, PersonsTable } from '../../server/db/schema.ts';
import type { PiiCipher } from '../../server/pii/crypto.ts';
import type { Random } from '../geography/prng.ts';
import { workHours, type HistoryCalendar } from './calendar.ts';
import { pointInGrid, type HistoryGrid } from './grids.ts';
import { birthDate, idNumber, personName, protectIdNumber, type ProtectedIdentifier } from './identities.ts';
import { chance, intBetween, pick, uuidAt } from './random.ts';
import { movementRow, type Trip } from './travel.ts';

/** A registered person who travelled: visits follow their observation window, cases come from them. */
export interface Traveller {
  personId: string;
  householdId: string;
  grid: number;
  trip: Trip;
}

export interface Register {
  households: Insertable<HouseholdsTable>[];
  persons: Insertable<PersonsTable>[];
  movements: Insertable<MovementsTable>[];
  travellers: Traveller[];
}

export interface RegisterContext {
  calendar: HistoryCalendar;
  grids: HistoryGrid[];
  workers: string[];
  pii: PiiCipher;
  phones: ProtectedIdentifier[];
  householdersPerHousehold: number;
}

/** Families travelled together: most households had two or three people away. */
const MEMBER_RELATIONS: Relation[] = ['spouse', 'child', 'parent', 'other_relative'];
/** The door-to-door sweep went through every grid in the first days, one day per grid. */
const SWEEP_DAYS = 5;

function address(grid: HistoryGrid, random: Random): string {
  const community = grid.name.replace(/第\d+网格$/, '');
  return community.endsWith('社区')
    ? `${community}${intBetween(random, 1, 24)}号楼${intBetween(random, 1, 4)}单元${intBetween(random, 1, 6)}0${intBetween(random, 1, 4)}室`
    : `${community}${pick(random, ['东', '西', '南', '北', '中'])}街${intBetween(random, 1, 120)}号`;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Households and people around the trips: each party of travellers is one household, with a
 * few members who stay home. The household is registered on its grid's sweep day, or earlier
 * if its travellers were recorded before the sweep came; its members are registered with it,
 * and each trip is recorded on the day it happened.
 */
export function buildRegister(trips: Trip[], ctx: RegisterContext, random: Random): Register {
  const { calendar, grids, workers, pii } = ctx;
  const register: Register = { households: [], persons: [], movements: [], travellers: [] };
  const takenIds = new Set<string>();
  const sweepDays = new Map<number, number>();
  const parties = new Map<number, Trip[]>();
  for (const t of trips) {
    const party = parties.get(t.party);
    if (party) party.push(t);
    else parties.set(t.party, [t]);
  }

  const addPerson = (grid: HistoryGrid, householdId: string, relation: Relation, ages: [number, number], at: Date, workerId: string): string => {
    const sex = chance(random, 0.5) ? 'male' : 'female';
    const birth = birthDate(random, calendar.today, ages[0], ages[1]);
    const id = protectIdNumber(pii, idNumber(random, grid.code.slice(0, 6), birth, sex, takenIds));
    const age = Number(calendar.today.slice(0, 4)) - Number(birth.slice(0, 4));
    const phone = age >= 14 ? pick(random, ctx.phones) : null;
    const personId = uuidAt(at.getTime(), random);
    register.persons.push({
      id: personId, household_id: householdId, grid_code: grid.code, name: personName(random),
      id_number_cipher: id.cipher, id_number_index: id.index, id_number_masked: id.masked,
      phone_cipher: phone?.cipher ?? null, phone_index: phone?.index ?? null, phone_masked: phone?.masked ?? null,
      sex, birth_date: birth, relation, created_by: workerId, created_at: at, updated_at: at,
    });
    return personId;
  };

  for (const members of parties.values()) {
    const { grid: gridIndex, day } = members[0]!;
    const grid = grids[gridIndex]!;
    const workerId = workers[gridIndex]!;
    if (!sweepDays.has(gridIndex)) sweepDays.set(gridIndex, Math.min(intBetween(random, 0, SWEEP_DAYS - 1), calendar.days.length - 1));
    const recordedAt = calendar.instant(day, random, workHours);
    const sweptAt = calendar.instant(sweepDays.get(gridIndex)!, random, workHours);
    const registeredAt = sweptAt < recordedAt ? sweptAt : recordedAt;
    const householdId = uuidAt(registeredAt.getTime(), random);
    const [lon, lat] = pointInGrid(grid, random);
    register.households.push({
      id: householdId, grid_code: grid.code, address: address(grid, random), lon, lat, note: null,
      created_by: workerId, created_at: registeredAt, updated_at: registeredAt,
    });
    const stayers = (chance(random, ctx.householdersPerHousehold / 2) ? 1 : 0) + (chance(random, ctx.householdersPerHousehold / 2) ? 1 : 0);
    for (let k = 0; k < stayers; k++) addPerson(grid, householdId, k === 0 ? 'head' : pick(random, MEMBER_RELATIONS), k === 0 ? [30, 75] : [3, 85], registeredAt, workerId);
    members.forEach((trip, k) => {
      const relation = stayers === 0 && k === 0 ? 'head' : pick(random, MEMBER_RELATIONS);
      const personId = addPerson(grid, householdId, relation, [18, 60], registeredAt, workerId);
      register.movements.push(movementRow(trip, { id: uuidAt(recordedAt.getTime(), random), personId, gridCode: grid.code, workerId }, calendar, recordedAt, random));
      register.travellers.push({ personId, householdId, grid: gridIndex, trip });
    });
  }
  register.households.sort(byId);
  register.persons.sort(byId);
  register.movements.sort(byId);
  return register;
}
