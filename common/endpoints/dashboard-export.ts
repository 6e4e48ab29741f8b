import { PanelQuery, PeriodQuery } from '../contracts/dashboard.ts';
import { Briefing } from '../contracts/dashboard-export.ts';
import { DailyQuery } from '../contracts/declarations.ts';
import { ErrorResponse } from '../contracts/shared.ts';
import { XLSX_TYPE } from './content-types.ts';
import { endpoints, fileResponse } from './kit.ts';

const workbook = { 200: fileResponse('An Excel workbook (.xlsx), named in Content-Disposition', XLSX_TYPE), 404: ErrorResponse };

/**
 * Exports of the command centre's panels and the daily briefing (日报). Each takes the query of
 * the panel it exports and answers for the caller's region or one inside it (403 OUT_OF_SCOPE
 * above it); each workbook is audited.
 */
export const dashboardExportEndpoints = endpoints({
  'GET /api/dashboard/export/summary.xlsx': {
    operationId: 'exportSummaryPanel', tag: 'dashboard', permission: 'dashboard.export',
    summary: '数据汇总 as Excel: arrivals by origin and the case register for a day (audited)',
    query: PanelQuery, response: workbook,
  },
  'GET /api/dashboard/export/incubation.xlsx': {
    operationId: 'exportIncubationPanel', tag: 'dashboard', permission: 'dashboard.export',
    summary: '潜伏期趋势 as Excel: one row per day of the period (audited)',
    query: PeriodQuery, response: workbook,
  },
  'GET /api/dashboard/export/vital-signs.xlsx': {
    operationId: 'exportVitalSignsPanel', tag: 'dashboard', permission: 'dashboard.export',
    summary: '体征监测 as Excel: declarations, symptoms and warnings per day of the period (audited)',
    query: DailyQuery, response: workbook,
  },
  'GET /api/dashboard/export/monitoring.xlsx': {
    operationId: 'exportMonitoringPanel', tag: 'dashboard', permission: 'dashboard.export',
    summary: '人员监控 as Excel: workers and the day\'s work per region one level down, events per day (audited)',
    query: PanelQuery, response: workbook,
  },
  'GET /api/dashboard/export/high-incidence.xlsx': {
    operationId: 'exportHighIncidencePanel', tag: 'dashboard', permission: 'dashboard.export',
    summary: '高发案件 as Excel: events per category against the period before, regions ranked (audited)',
    query: PeriodQuery, response: workbook,
  },
  'GET /api/dashboard/briefing.xlsx': {
    operationId: 'exportBriefing', tag: 'dashboard', permission: 'dashboard.export',
    summary: '日报 as Excel: a cover with the day\'s key figures and one sheet per panel (audited)',
    query: PanelQuery, response: workbook,
  },
  'GET /api/dashboard/briefing': {
    operationId: 'getBriefing', tag: 'dashboard', permission: 'dashboard.export',
    summary: '日报: every panel for a region and day (trends over the 14 days ending on it, ranking over 7 against the 7 before), for the printable page',
    query: PanelQuery, response: { 200: Briefing, 404: ErrorResponse },
  },
});
