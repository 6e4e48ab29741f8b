import { CASE_STATUS } from '../../../../common/cases/vocabulary.ts';
import type { PanelQuery, SummaryPanel } from '../../../../common/contracts/dashboard.ts';
import { ORIGIN_CATEGORY, type OriginCategory } from '../../../../common/field/vocabulary.ts';
import { reportTable, type ReportTable } from '../../../excel/report-sheet.ts';
import { summaryPanel } from '../../dashboard/summary.ts';
import type { PanelExport } from '../panel-export.ts';

interface CaseRow {
  label: string;
  now: number;
  before: number;
}

/** 数据汇总: arrivals by origin (totalled), and the case register at the end of the day against the day before. */
export function summaryTables(p: SummaryPanel): ReportTable[] {
  const arrivals = reportTable<OriginCategory>([
    { header: '来源地', format: 'text', value: (c) => ORIGIN_CATEGORY.labels[c].zh },
    { header: '当日', value: (c) => p.arrivals[c].today },
    { header: '近14天', value: (c) => p.arrivals[c].last14Days },
    { header: '累计', value: (c) => p.arrivals[c].total },
  ], ORIGIN_CATEGORY.codes, { caption: '来聊人员（按来源地）', totals: true });
  const rows: CaseRow[] = [
    ...CASE_STATUS.codes.map((c) => ({ label: CASE_STATUS.labels[c].zh, now: p.cases.current[c], before: p.cases.previous[c] })),
    { label: '累计确诊', now: p.cases.confirmedTotal, before: p.cases.confirmedTotalPrevious },
  ];
  // No totals: statuses of one register are not added up (累计确诊 overlaps the others).
  const cases = reportTable<CaseRow>([
    { header: '病例状态', format: 'text', value: (r) => r.label },
    { header: '当日', value: (r) => r.now },
    { header: '前一日', value: (r) => r.before },
    { header: '较前一日', format: 'change', value: (r) => r.now - r.before },
  ], rows, { caption: '病例情况（日末）' });
  return [arrivals, cases];
}

export const summaryExport: PanelExport<PanelQuery> = {
  panel: 'summary',
  async load(services, actor, query, now) {
    const p = await summaryPanel(services.database.db, actor, query, now);
    return {
      period: { day: p.day },
      body: { tables: summaryTables(p), notes: ['近14天：当日及之前13天到达，仍在14天观察期内。'] },
    };
  },
};
