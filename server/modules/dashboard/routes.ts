import type { FastifyInstance } from 'fastify';
import {
  HighIncidencePanel, IncubationPanel, MonitoringPanel, PanelQuery, PeriodQuery, SummaryPanel, Ticker,
} from '../../../common/contracts/dashboard.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { highIncidencePanel } from './high-incidence.ts';
import { incubationPanel } from './incubation.ts';
import { monitoringPanel } from './monitoring.ts';
import { summaryPanel } from './summary.ts';
import { tickerPanel } from './ticker.ts';

/**
 * The command centre's panels. The console's overview and the big screen both read these;
 * vital signs (体征监测) is /api/declarations/daily. Each answers for the caller's region or
 * one inside it (403 OUT_OF_SCOPE above it).
 */
export async function dashboardRoutes(app: FastifyInstance, { database }: AppServices): Promise<void> {
  const tags = ['dashboard'];
  const config = { permission: 'dashboard.read' } as const;
  const errors = { ...commonErrors, 404: ErrorResponse };
  const db = database.db;

  app.get('/api/dashboard/summary', {
    config,
    schema: { tags, summary: '数据汇总: arrivals by origin (today, 14 days, all) and the case register now and yesterday', querystring: PanelQuery, response: { 200: SummaryPanel, ...errors } },
  }, async (request) => summaryPanel(db, requireActor(request.actor), request.query as PanelQuery));

  app.get('/api/dashboard/incubation', {
    config,
    schema: { tags, summary: '潜伏期趋势: per day arrivals, departures and people inside their 14-day window, by origin', querystring: PeriodQuery, response: { 200: IncubationPanel, ...errors } },
  }, async (request) => incubationPanel(db, requireActor(request.actor), request.query as PeriodQuery));

  app.get('/api/dashboard/monitoring', {
    config,
    schema: { tags, summary: '人员监控: grid workers by status, visits and reports today, events per day, and the same per region one level down', querystring: PanelQuery, response: { 200: MonitoringPanel, ...errors } },
  }, async (request) => monitoringPanel(db, requireActor(request.actor), request.query as PanelQuery));

  app.get('/api/dashboard/high-incidence', {
    config,
    schema: { tags, summary: '高发案件: per event category, regions one level down ranked over a period, with the period before', querystring: PeriodQuery, response: { 200: HighIncidencePanel, ...errors } },
  }, async (request) => highIncidencePanel(db, requireActor(request.actor), request.query as PeriodQuery));

  app.get('/api/dashboard/ticker', {
    config,
    schema: { tags, summary: 'The newest events, warnings, arrivals and case changes: what and where, never who', querystring: PanelQuery, response: { 200: Ticker, ...errors } },
  }, async (request) => tickerPanel(db, requireActor(request.actor), request.query as PanelQuery));
}
