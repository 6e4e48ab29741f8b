import type { HighIncidencePanel, PeriodQuery } from '../../../../common/contracts/dashboard.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { reportTable } from '../../../excel/report-sheet.ts';
import { highIncidencePanel } from '../../dashboard/high-incidence.ts';
import type { SheetBody } from '../heading.ts';
import type { PanelExport } from '../panel-export.ts';

type Category = HighIncidencePanel['categories'][number];
interface Ranked {
  category: string;
  rank: number;
  region: { code: string; name: string };
  count: number;
  previous: number;
}

/** The change as a share of the period before; none when there was nothing before. */
function rate(count: number, previous: number): number | null {
  return previous === 0 ? null : (count - previous) / previous;
}

/** Ranks as in a league table: equal counts share a rank, and the next rank skips (1, 1, 3). */
function ranked(c: Category): Ranked[] {
  return c.regions.map((r) => ({
    category: EVENT_CATEGORY.labels[c.category].zh,
    rank: 1 + c.regions.filter((o) => o.count > r.count).length,
    region: r.region, count: r.count, previous: r.previous,
  }));
}

/** 高发案件: per category this period against the one before, then the regions ranked within each. */
export function highIncidenceBody(p: HighIncidencePanel): SheetBody {
  const categories = reportTable<Category>([
    { header: '事件类别', format: 'text', value: (c) => EVENT_CATEGORY.labels[c.category].zh },
    { header: '本期', value: (c) => c.total },
    { header: '上期', value: (c) => c.previousTotal },
    { header: '较上期', format: 'change', value: (c) => c.total - c.previousTotal },
    {
      header: '变化率', format: 'percent', value: (c) => rate(c.total, c.previousTotal),
      total: (all) => rate(all.reduce((n, c) => n + c.total, 0), all.reduce((n, c) => n + c.previousTotal, 0)),
    },
  ], p.categories, { caption: `各类事件（本期 ${p.from} 至 ${p.to}，上期 ${p.previousFrom} 至 ${p.previousTo}）`, totals: true });
  const regions = reportTable<Ranked>([
    { header: '事件类别', format: 'text', value: (r) => r.category },
    { header: '名次', value: (r) => r.rank },
    { header: '区域', format: 'text', value: (r) => r.region.name },
    { header: '区划编码', format: 'text', value: (r) => r.region.code },
    { header: '本期', value: (r) => r.count },
    { header: '上期', value: (r) => r.previous },
    { header: '较上期', format: 'change', value: (r) => r.count - r.previous },
  ], p.categories.flatMap(ranked), { caption: '各类事件的区域排名（按本期事件数）' });
  return {
    tables: [categories, regions],
    notes: ['区域排名只列本期或上期有事件的区域；上期为零时不计变化率。'],
  };
}

export const highIncidenceExport: PanelExport<PeriodQuery> = {
  panel: 'high-incidence',
  async load(services, actor, query) {
    const p = await highIncidencePanel(services.database.db, actor, query);
    return { period: { from: p.from, to: p.to }, body: highIncidenceBody(p) };
  },
};
