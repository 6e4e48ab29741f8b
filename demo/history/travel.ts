import type { Insertable } from 'kysely';
import { OBSERVATION_DAYS, type HealthStatus, type OriginCategory, type Transport } from '../../common/field/vocabulary.ts';
import { addDays } from '../../common/time.ts';
import type { MovementsTable } from '../../server/db/schema.ts';
import type { Random } from '../geography/prng.ts';
import type { HistoryCalendar } from './calendar.ts';
import { apportion, chance, pick, weightedCode, weightedPicker } from './random.ts';
import type { HistoryVolumes } from './volumes.ts';

/** One person's arrival or departure: when, where, and from or to which kind of place. */
export interface Trip {
  direction: 'arrival' | 'departure';
  category: OriginCategory;
  day: number;
  grid: number;
  /** People of one party travel together and belong to one household. */
  party: number;
}

/**
 * How arrivals spread over the window (x: 0 = first day, 1 = today). Wuhan and the rest of
 * Hubei arrive in the first days and stop with the lockdown; people from other provinces come
 * back in a wave when work resumes; arrivals from abroad rise at the end. The 14-day
 * observation count therefore falls, then climbs again.
 */
const ARRIVAL_CURVES: Record<OriginCategory, (x: number) => number> = {
  wuhan: (x) => Math.exp(-x * 30 / 3.5) + 0.01,
  hubei_other: (x) => Math.exp(-x * 30 / 5) + 0.02,
  other_province: (x) => 0.12 + Math.exp(-(((x - 0.62) / 0.17) ** 2)),
  abroad: (x) => 0.04 + x ** 3,
  in_province: (x) => 0.4 + 0.6 * x,
};
/** Few leave during the lockdown; more as work resumes. */
const DEPARTURE_CURVE = (x: number) => 0.15 + x;
const DEPARTURE_CATEGORY = weightedCode<OriginCategory>({ in_province: 55, other_province: 40, abroad: 5 });

/** Families came home together; those who left mostly went alone, back to work. */
const ARRIVAL_PARTY = weightedCode({ 1: 35, 2: 45, 3: 20 });
const DEPARTURE_PARTY = weightedCode({ 1: 80, 2: 20 });

/** Every trip of the history, in parties placed in grids in proportion to their population. */
export function planTrips(calendar: HistoryCalendar, gridPopulations: number[], volumes: HistoryVolumes, random: Random): Trip[] {
  const gridOf = weightedPicker(gridPopulations.map((p) => Math.sqrt(Math.max(p, 1))));
  const trips: Trip[] = [];
  let party = 0;
  const travel = (direction: Trip['direction'], day: number, people: number, size: (random: Random) => string, category: (random: Random) => OriginCategory) => {
    for (let left = people; left > 0; party++) {
      const members = Math.min(left, Number(size(random)));
      const trip = { direction, category: category(random), day, grid: gridOf(random), party };
      for (let k = 0; k < members; k++) trips.push({ ...trip });
      left -= members;
    }
  };
  for (const category of Object.keys(ARRIVAL_CURVES) as OriginCategory[]) {
    apportion(volumes.arrivals[category], calendar.weights(ARRIVAL_CURVES[category])).forEach((n, day) => travel('arrival', day, n, ARRIVAL_PARTY, () => category));
  }
  apportion(volumes.departures, calendar.weights(DEPARTURE_CURVE)).forEach((n, day) => travel('departure', day, n, DEPARTURE_PARTY, DEPARTURE_CATEGORY));
  return trips;
}

const HUBEI_CITIES = ['孝感市', '黄冈市', '荆州市', '襄阳市', '随州市', '宜昌市', '十堰市', '荆门市', '咸宁市', '黄石市', '鄂州市'];
const PROVINCES = ['河北省', '河南省', '北京市', '天津市', '江苏省', '浙江省', '上海市', '广东省', '山西省', '安徽省', '辽宁省', '内蒙古自治区', '福建省', '陕西省'];
const SHANDONG_CITIES = ['济南市', '青岛市', '德州市', '泰安市', '济宁市', '菏泽市', '淄博市', '烟台市', '潍坊市', '滨州市'];
const COUNTRIES = ['韩国', '日本', '意大利', '伊朗', '美国', '英国', '西班牙', '德国', '法国', '新加坡'];

/** Where a traveller of this category came from or went to. */
export function placeOf(category: OriginCategory, random: Random): { province: string | null; city: string | null } {
  switch (category) {
    case 'wuhan': return { province: '湖北省', city: '武汉市' };
    case 'hubei_other': return { province: '湖北省', city: pick(random, HUBEI_CITIES) };
    case 'other_province': return { province: pick(random, PROVINCES), city: null };
    case 'in_province': return { province: '山东省', city: pick(random, SHANDONG_CITIES) };
    case 'abroad': return { province: '境外', city: pick(random, COUNTRIES) };
  }
}

const TRANSPORT: Record<OriginCategory, (random: Random) => Transport> = {
  wuhan: weightedCode<Transport>({ car: 45, train: 35, coach: 15, plane: 5 }),
  hubei_other: weightedCode<Transport>({ car: 45, train: 35, coach: 15, plane: 5 }),
  other_province: weightedCode<Transport>({ train: 40, car: 40, coach: 15, plane: 5 }),
  abroad: () => 'plane',
  in_province: weightedCode<Transport>({ car: 60, coach: 25, train: 15 }),
};
const HEALTH = weightedCode<HealthStatus>({ normal: 960, fever: 15, respiratory: 15, other_symptoms: 10 });

/** The movement row of a trip, recorded by the grid's worker at `recordedAt`. */
export function movementRow(trip: Trip, ids: { id: string; personId: string; gridCode: string; workerId: string }, calendar: HistoryCalendar, recordedAt: Date, random: Random): Insertable<MovementsTable> {
  const day = calendar.days[trip.day]!;
  const arrival = trip.direction === 'arrival';
  const where = placeOf(trip.category, random);
  const transport = TRANSPORT[trip.category](random);
  const leftOn = arrival && transport !== 'plane' && chance(random, 0.3) ? addDays(day, -1) : day;
  return {
    id: ids.id, person_id: ids.personId, grid_code: ids.gridCode, direction: trip.direction, category: trip.category,
    place_province: where.province, place_city: where.city, left_on: leftOn, arrived_on: arrival ? day : null, moved_on: day,
    transport, health_status: arrival ? HEALTH(random) : 'normal',
    observation_ends_on: arrival ? addDays(day, OBSERVATION_DAYS) : null, released_on: null, note: null,
    created_by: ids.workerId, created_at: recordedAt,
  };
}
