import {
  CommandPanel, HighIncidencePanel, IncubationPanel, MonitoringPanel, PanelQuery, PeriodQuery, SummaryPanel, Ticker,
} from '../contracts/dashboard.ts';
import { ErrorResponse } from '../contracts/shared.ts';
import { endpoints } from './kit.ts';

/**
 * The command centre's panels. The console's overview and the big screen both read these;
 * vital signs (体征监测) is /api/declarations/daily. Each answers for the caller's region or
 * one inside it (403 OUT_OF_SCOPE above it).
 */
export const dashboardEndpoints = endpoints({
  'GET /api/dashboard/summary': {
    operationId: 'getSummaryPanel', tag: 'dashboard', permission: 'dashboard.read',
    summary: '数据汇总: arrivals by origin (today, 14 days, all) and the case register now and yesterday',
    query: PanelQuery, response: { 200: SummaryPanel, 404: ErrorResponse },
  },
  'GET /api/dashboard/incubation': {
    operationId: 'getIncubationPanel', tag: 'dashboard', permission: 'dashboard.read',
    summary: '潜伏期趋势: per day arrivals, departures and people inside their 14-day window, by origin',
    query: PeriodQuery, response: { 200: IncubationPanel, 404: ErrorResponse },
  },
  'GET /api/dashboard/monitoring': {
    operationId: 'getMonitoringPanel', tag: 'dashboard', permission: 'dashboard.read',
    summary: '人员监控: grid workers by status, visits and reports today, events per day, and the same per region one level down',
    query: PanelQuery, response: { 200: MonitoringPanel, 404: ErrorResponse },
  },
  'GET /api/dashboard/high-incidence': {
    operationId: 'getHighIncidencePanel', tag: 'dashboard', permission: 'dashboard.read',
    summary: '高发案件: per event category, regions one level down ranked over a period, with the period before',
    query: PeriodQuery, response: { 200: HighIncidencePanel, 404: ErrorResponse },
  },
  'GET /api/dashboard/command': {
    operationId: 'getCommandPanel', tag: 'dashboard', permission: 'dashboard.read',
    summary: '指挥调度: the day\'s instructions (read and done per child region) and the events by step, overdue, escalated and closed on time',
    query: PanelQuery, response: { 200: CommandPanel, 404: ErrorResponse },
  },
  'GET /api/dashboard/ticker': {
    operationId: 'getTicker', tag: 'dashboard', permission: 'dashboard.read',
    summary: 'The newest events, warnings, arrivals and case changes: what and where, never who',
    query: PanelQuery, response: { 200: Ticker, 404: ErrorResponse },
  },
});
