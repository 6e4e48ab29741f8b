import type { Insertable } from 'kysely';
import { OBSERVATION_DAYS, type VisitOutcome } from '../../common/field/vocabulary.ts';
import type { VisitsTable } from '../../server/db/schema.ts';
import type { Random } from '../geography/prng.ts';
import { workHours, type HistoryCalendar } from './calendar.ts';
import { intBetween, pick, uuidAt, weightedCode } from './random.ts';
import type { Register } from './residents.ts';

const OUTCOME = weightedCode<VisitOutcome>({ normal: 850, not_home: 80, needs_follow_up: 40, refused: 20, abnormal_reported: 10 });
const NOTES: Partial<Record<VisitOutcome, string[]>> = {
  needs_follow_up: ['体温37.2℃，明日复测', '家属反映有轻微咳嗽，继续观察', '物资不足，已联系社区代购'],
  abnormal_reported: ['发热38.1℃，已报告社区卫生服务站', '出现咳嗽、乏力，已上报'],
  refused: ['不配合测温，已做思想工作', '拒绝开门，已电话沟通'],
};

/** Households called on in one round, twenty minutes apart. */
const ROUND_SIZE = weightedCode({ 1: 40, 2: 35, 3: 25 });
const ROUND_STEP = 20 * 60_000;

/**
 * Grid workers call on the households of people under observation, on the days of their
 * 14-day window, a few households of the grid in one round: visits follow the arrivals.
 */
export function buildVisits(total: number, register: Register, calendar: HistoryCalendar, workers: string[], random: Random): Insertable<VisitsTable>[] {
  const arrivals = register.travellers.filter((t) => t.trip.direction === 'arrival');
  if (arrivals.length === 0) return [];
  const households = new Map(register.households.map((h) => [h.id, h]));
  const observedInGrid = new Map<number, string[]>();
  for (const t of arrivals) {
    const list = observedInGrid.get(t.grid);
    if (!list) observedInGrid.set(t.grid, [t.householdId]);
    else if (!list.includes(t.householdId)) list.push(t.householdId);
  }
  const last = calendar.days.length - 1;
  const now = calendar.now.getTime();
  const rows: Insertable<VisitsTable>[] = [];
  while (rows.length < total) {
    const traveller = pick(random, arrivals);
    const day = Math.min(traveller.trip.day + intBetween(random, 0, OBSERVATION_DAYS - 1), last);
    const neighbours = observedInGrid.get(traveller.grid)!;
    let at = calendar.instant(day, random, workHours).getTime();
    for (let k = Number(ROUND_SIZE(random)); k > 0 && rows.length < total && at < now; k--, at += ROUND_STEP) {
      const household = households.get(k === 1 ? traveller.householdId : pick(random, neighbours))!;
      const visitedAt = Math.max(at, (household.created_at as Date).getTime());
      const outcome = OUTCOME(random);
      const notes = NOTES[outcome];
      rows.push({
        id: uuidAt(visitedAt, random), household_id: household.id, grid_code: household.grid_code, visited_at: new Date(visitedAt),
        met_count: outcome === 'not_home' ? 0 : intBetween(random, 1, 4), outcome, note: notes ? pick(random, notes) : null,
        lon: household.lon, lat: household.lat, created_by: workers[traveller.grid]!, created_at: new Date(visitedAt),
      });
    }
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}
