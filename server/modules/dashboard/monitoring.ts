import { sql } from 'kysely';
import type { MonitoringPanel, PanelQuery } from '../../../common/contracts/dashboard.ts';
import { EVENT_CATEGORY } from '../../../common/field/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import { addDays } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { sumCountersByDay } from '../../core/counters-read.ts';
import { codePrefix, sumByChild, tally, zeros } from '../../core/counter-sums.ts';
import { eachDay, panelDay, panelRegion } from '../regions/panel-region.ts';
import { addWorkerFigures, NO_WORKERS, workerFiguresByChild } from '../workers/worker-counts.ts';

/** Days of the events-per-day chart, ending on the panel's day. */
const EVENT_TREND_DAYS = 14;

/**
 * 疫情案件、人员监控: grid workers by status, visits and reports of the day, events per day by
 * category, and the same figures for each region one level down. A grid's own figures are
 * grouped at grid length, so a grid-level panel has its one row's figures and no children.
 */
export async function monitoringPanel(db: Queryable, actor: Actor, q: PanelQuery, now = new Date()): Promise<MonitoringPanel> {
  const { region, children, childLength } = await panelRegion(db, actor, q.region);
  const day = panelDay(q.day, now);
  const groupLength = childLength ?? region.code.length;
  const trendFrom = addDays(day, -(EVENT_TREND_DAYS - 1));
  const [today, trend, workers, openWarnings] = await Promise.all([
    sumByChild(db, { scope: region.code, level: childLength ? region.level + 1 : region.level, metrics: [METRICS.visits, METRICS.events, METRICS.arrivals, METRICS.declarations], from: day, to: day }),
    sumCountersByDay(db, { scope: region.code, metrics: [METRICS.events], from: trendFrom, to: day }),
    workerFiguresByChild(db, { scope: region.code, childLength: groupLength, today: day, now }),
    db.selectFrom('warnings').where('status', '=', 'open').where(inScope('grid_code', region.code))
      .select([codePrefix('grid_code', groupLength).as('child'), sql<number>`count(*)`.as('n')])
      .groupBy(codePrefix('grid_code', groupLength)).execute(),
  ]);
  const row = (code: string) => ({ visitsToday: 0, eventsToday: 0, arrivalsToday: 0, declarationsToday: 0, openWarnings: 0, workers: workers.get(code) ?? { ...NO_WORKERS } });
  const rows = new Map((childLength ? children.map((c) => c.code) : [region.code]).map((code) => [code, row(code)]));
  const field = { [METRICS.visits]: 'visitsToday', [METRICS.events]: 'eventsToday', [METRICS.arrivals]: 'arrivalsToday', [METRICS.declarations]: 'declarationsToday' } as const;
  for (const s of today) {
    const r = rows.get(s.child);
    const name = field[s.metric as keyof typeof field];
    if (r && name) r[name] += s.n;
  }
  for (const w of openWarnings) {
    const r = rows.get(w.child);
    if (r) r.openWarnings += Number(w.n);
  }
  const eventsByDay = new Map(eachDay(trendFrom, day).map((d) => [d, zeros(EVENT_CATEGORY.codes)]));
  for (const s of trend) {
    const into = eventsByDay.get(s.day);
    if (into) tally(into, s.key, s.n);
  }
  const all = [...rows.values()];
  return {
    region, day,
    workers: all.reduce((sum, r) => addWorkerFigures(sum, r.workers), { ...NO_WORKERS }),
    visitsToday: all.reduce((sum, r) => sum + r.visitsToday, 0),
    eventsToday: all.reduce((sum, r) => sum + r.eventsToday, 0),
    eventsByDay: [...eventsByDay].map(([d, byCategory]) => ({ day: d, byCategory })),
    children: childLength ? children.map((c) => ({ region: { code: c.code, name: c.name, level: c.level }, ...rows.get(c.code)! })) : [],
  };
}
