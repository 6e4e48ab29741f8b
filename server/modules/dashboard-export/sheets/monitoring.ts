import { FIELD_FIGURE, fieldFigures, type FieldFigure } from '../../../../common/briefing/figures.ts';
import type { MonitoringPanel, PanelQuery } from '../../../../common/contracts/dashboard.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { LEVEL_NAMES, type RegionLevel } from '../../../../common/regions/codes.ts';
import { reportTable, type ReportTable } from '../../../excel/report-sheet.ts';
import { monitoringPanel } from '../../dashboard/monitoring.ts';
import type { SheetBody } from '../heading.ts';
import type { PanelExport } from '../panel-export.ts';

type RegionRow = MonitoringPanel['children'][number];
type EventDay = MonitoringPanel['eventsByDay'][number];

/** Each region one level down, totalled; a grid, which has none, lists its own figures instead. */
function regionTable(p: MonitoringPanel): ReportTable {
  const child = p.children[0];
  if (!child) {
    return reportTable<FieldFigure>([
      { header: '指标', format: 'text', value: (f) => FIELD_FIGURE.labels[f].zh },
      { header: '数值', value: (f) => fieldFigures(p)[f] },
    ], FIELD_FIGURE.codes, { caption: '网格员与当日工作' });
  }
  return reportTable<RegionRow>([
    { header: '区域', format: 'text', value: (r) => r.region.name },
    { header: '区划编码', format: 'text', value: (r) => r.region.code },
    { header: '总数', group: '网格员', value: (r) => r.workers.total },
    { header: '在岗值守', group: '网格员', value: (r) => r.workers.onDuty },
    { header: '当日活跃', group: '网格员', value: (r) => r.workers.activeToday },
    { header: '未活跃', group: '网格员', value: (r) => r.workers.inactive },
    { header: '入户走访', group: '当日', value: (r) => r.visitsToday },
    { header: '事件上报', group: '当日', value: (r) => r.eventsToday },
    { header: '来聊登记', group: '当日', value: (r) => r.arrivalsToday },
    { header: '健康申报', group: '当日', value: (r) => r.declarationsToday },
    { header: '待核实预警', value: (r) => r.openWarnings },
  ], p.children, { caption: `各${LEVEL_NAMES[child.region.level as RegionLevel].zh}情况`, totals: true });
}

/** 疫情案件、人员监控: workers and the day's work per region below, and events per day by category. */
export function monitoringBody(p: MonitoringPanel): SheetBody {
  const events = reportTable<EventDay>([
    { header: '日期', format: 'date', value: (d) => d.day },
    ...EVENT_CATEGORY.codes.map((c) => ({ header: EVENT_CATEGORY.labels[c].zh, value: (d: EventDay) => d.byCategory[c] })),
    { header: '合计', value: (d) => EVENT_CATEGORY.codes.reduce((n, c) => n + d.byCategory[c], 0) },
  ], p.eventsByDay, { caption: `近${p.eventsByDay.length}天事件上报（按类别）`, totals: true });
  return {
    tables: [regionTable(p), events],
    notes: ['在岗值守：生成时正在卡点值守且30分钟内有位置上报；当日活跃：未在岗，但当日有走访、上报等工作记录；三者互不重复。'],
    landscape: true,
  };
}

export const monitoringExport: PanelExport<PanelQuery> = {
  panel: 'monitoring',
  async load(services, actor, query, now) {
    const p = await monitoringPanel(services.database.db, actor, query, now);
    return { period: { day: p.day }, body: monitoringBody(p) };
  },
};
