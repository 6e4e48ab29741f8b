import type { IncubationPanel, PeriodQuery } from '../../../common/contracts/dashboard.ts';
import { ORIGIN_CATEGORY } from '../../../common/field/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import { addDays } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { sumCountersByDay } from '../../core/counters-read.ts';
import { tally, WINDOW_DAYS, zeros } from '../../core/counter-sums.ts';
import { eachDay, panelPeriod, panelRegion } from '../regions/panel-region.ts';

/**
 * 潜伏期趋势: per day, arrivals and departures by origin category, and how many arrivals are
 * inside their 14-day window at the end of the day — those who arrived on that day or the 13
 * before (the same rule as the movements list's "in observation": arrived_on ≤ day <
 * arrived_on + 14). A sliding sum over the arrival counters, read from 13 days before `from`.
 */
export async function incubationPanel(db: Queryable, actor: Actor, q: PeriodQuery): Promise<IncubationPanel> {
  const { region } = await panelRegion(db, actor, q.region);
  const period = panelPeriod(q.from, q.to);
  const readFrom = addDays(period.from, -(WINDOW_DAYS - 1));
  const sums = await sumCountersByDay(db, { scope: region.code, metrics: [METRICS.arrivals, METRICS.departures], from: readFrom, to: period.to });
  const arrivalsByDay = new Map(eachDay(readFrom, period.to).map((d) => [d, zeros(ORIGIN_CATEGORY.codes)]));
  const departuresByDay = new Map(eachDay(period.from, period.to).map((d) => [d, zeros(ORIGIN_CATEGORY.codes)]));
  for (const s of sums) {
    const into = s.metric === METRICS.arrivals ? arrivalsByDay.get(s.day) : departuresByDay.get(s.day);
    if (into) tally(into, s.key, s.n);
  }
  const inWindow = zeros(ORIGIN_CATEGORY.codes);
  const add = (day: string, sign: 1 | -1) => {
    const arrived = arrivalsByDay.get(day);
    if (arrived) for (const c of ORIGIN_CATEGORY.codes) inWindow[c] += sign * arrived[c];
  };
  for (const day of eachDay(readFrom, addDays(period.from, -1))) add(day, 1);
  return {
    region,
    days: eachDay(period.from, period.to).map((day) => {
      add(day, 1);
      add(addDays(day, -WINDOW_DAYS), -1);
      return { day, arrivals: { ...arrivalsByDay.get(day)! }, departures: departuresByDay.get(day)!, inWindow: { ...inWindow } };
    }),
  };
}
