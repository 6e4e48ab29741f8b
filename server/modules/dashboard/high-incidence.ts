import { sql } from 'kysely';
import type { HighIncidencePanel, PeriodQuery } from '../../../common/contracts/dashboard.ts';
import { EVENT_CATEGORY } from '../../../common/field/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import { addDays } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { panelPeriod, panelRegion } from '../regions/panel-region.ts';

/**
 * 高发案件: for each event category, the regions one level down ranked by events in the period,
 * next to their count in the period of the same length just before. At grid level the grid
 * itself is the one row. One scan of the event counters over both periods.
 */
export async function highIncidencePanel(db: Queryable, actor: Actor, q: PeriodQuery): Promise<HighIncidencePanel> {
  const { region, children, childLength } = await panelRegion(db, actor, q.region);
  const period = panelPeriod(q.from, q.to);
  const previousTo = addDays(period.from, -1);
  const previousFrom = addDays(period.from, -period.days);
  const rows = await db.selectFrom('counts_by_region')
    .select([
      'region_code as child', 'key',
      sql<number>`coalesce(sum(n) FILTER (WHERE day >= ${period.from}), 0)`.as('current'),
      sql<number>`coalesce(sum(n) FILTER (WHERE day < ${period.from}), 0)`.as('previous'),
    ])
    .where('metric', '=', METRICS.events).where('level', '=', childLength ? region.level + 1 : region.level)
    .where(inScope('region_code', region.code)).where('day', '>=', previousFrom).where('day', '<=', period.to)
    .groupBy(['region_code', 'key'])
    .execute();
  const counts = new Map(rows.map((r) => [`${r.key}|${r.child}`, { count: Number(r.current), previous: Number(r.previous) }]));
  const regions = childLength ? children.map((c) => ({ code: c.code, name: c.name, level: c.level })) : [region];
  return {
    region, from: period.from, to: period.to, previousFrom, previousTo,
    categories: EVENT_CATEGORY.codes.map((category) => {
      const ranked = regions
        .map((r) => ({ region: r, ...(counts.get(`${category}|${r.code}`) ?? { count: 0, previous: 0 }) }))
        .filter((r) => r.count > 0 || r.previous > 0)
        .sort((a, b) => b.count - a.count || a.region.code.localeCompare(b.region.code));
      return {
        category,
        total: ranked.reduce((sum, r) => sum + r.count, 0),
        previousTotal: ranked.reduce((sum, r) => sum + r.previous, 0),
        regions: ranked,
      };
    }),
  };
}
