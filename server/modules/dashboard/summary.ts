import { sql } from 'kysely';
import type { PanelQuery, SummaryPanel } from '../../../common/contracts/dashboard.ts';
import { ORIGIN_CATEGORY } from '../../../common/field/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import { addDays } from '../../../common/time.ts';
import { WINDOW_DAYS } from '../../core/counter-sums.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { caseCountsAt } from './case-counts.ts';
import { panelDay, panelRegion } from '../regions/panel-region.ts';

/** 数据汇总: arrivals by origin (today, in the window, all), the case register now and the day before. */
export async function summaryPanel(db: Queryable, actor: Actor, q: PanelQuery, now = new Date()): Promise<SummaryPanel> {
  const { region } = await panelRegion(db, actor, q.region);
  const day = panelDay(q.day, now);
  const windowStart = addDays(day, -(WINDOW_DAYS - 1));
  const [arrivalRows, cases] = await Promise.all([
    db.selectFrom('counts_by_region')
      .select([
        'key',
        sql<number>`coalesce(sum(n) FILTER (WHERE day = ${day}), 0)`.as('today'),
        sql<number>`coalesce(sum(n) FILTER (WHERE day >= ${windowStart}), 0)`.as('window'),
        sql<number>`sum(n)`.as('total'),
      ])
      .where('metric', '=', METRICS.arrivals).where('level', '=', region.level).where('region_code', '=', region.code).where('day', '<=', day)
      .groupBy('key').execute(),
    caseCountsAt(db, region.code, day, addDays(day, -1)),
  ]);
  const arrivals = Object.fromEntries(ORIGIN_CATEGORY.codes.map((c) => [c, { today: 0, last14Days: 0, total: 0 }])) as SummaryPanel['arrivals'];
  const arrivalsAll = { today: 0, last14Days: 0, total: 0 };
  for (const r of arrivalRows) {
    const figures = arrivals[r.key as keyof typeof arrivals];
    if (!figures) continue;
    figures.today = Number(r.today);
    figures.last14Days = Number(r.window);
    figures.total = Number(r.total);
    arrivalsAll.today += figures.today;
    arrivalsAll.last14Days += figures.last14Days;
    arrivalsAll.total += figures.total;
  }
  return {
    region, day, arrivals, arrivalsAll,
    cases: {
      current: cases.now.byStatus, previous: cases.previous.byStatus,
      confirmedTotal: cases.now.confirmedTotal, confirmedTotalPrevious: cases.previous.confirmedTotal,
    },
  };
}
