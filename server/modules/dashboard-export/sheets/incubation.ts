import type { IncubationPanel, PeriodQuery } from '../../../../common/contracts/dashboard.ts';
import { ORIGIN_CATEGORY, type OriginCategory } from '../../../../common/field/vocabulary.ts';
import { reportTable, type ReportColumn } from '../../../excel/report-sheet.ts';
import { incubationPanel } from '../../dashboard/incubation.ts';
import type { SheetBody } from '../heading.ts';
import type { PanelExport } from '../panel-export.ts';

type Day = IncubationPanel['days'][number];
type ByOrigin = Record<OriginCategory, number>;

const sum = (figures: ByOrigin) => ORIGIN_CATEGORY.codes.reduce((n, c) => n + figures[c], 0);

/** One column per origin and a subtotal, under one heading; a stock is not totalled over days. */
function byOrigin(group: string, pick: (d: Day) => ByOrigin, stock = false): ReportColumn<Day>[] {
  const total = stock ? { total: 'none' as const } : {};
  return [
    ...ORIGIN_CATEGORY.codes.map((c) => ({ header: ORIGIN_CATEGORY.labels[c].zh, group, value: (d: Day) => pick(d)[c], ...total })),
    { header: '小计', group, value: (d: Day) => sum(pick(d)), ...total },
  ];
}

/** 潜伏期趋势: one row per day, arrivals, departures and people inside their window by origin. */
export function incubationBody(p: IncubationPanel): SheetBody {
  const table = reportTable<Day>([
    { header: '日期', format: 'date', value: (d) => d.day },
    ...byOrigin('来聊人数', (d) => d.arrivals),
    ...byOrigin('离聊人数', (d) => d.departures),
    ...byOrigin('观察期内人数（日末）', (d) => d.inWindow, true),
  ], p.days, { caption: '每日来聊、离聊及观察期内人数（按来源地）', totals: true });
  return {
    tables: [table],
    notes: ['观察期内人数：到达当日起14天内的来聊人员，为当日结束时的存量，不作合计。'],
    landscape: true,
  };
}

export const incubationExport: PanelExport<PeriodQuery> = {
  panel: 'incubation',
  async load(services, actor, query) {
    const p = await incubationPanel(services.database.db, actor, query);
    return { period: { from: query.from, to: query.to }, body: incubationBody(p) };
  },
};
