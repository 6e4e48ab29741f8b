import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TSchema } from 'typebox';
import { PanelQuery, PeriodQuery } from '../../../common/contracts/dashboard.ts';
import { Briefing } from '../../../common/contracts/dashboard-export.ts';
import { DailyQuery } from '../../../common/contracts/declarations.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { XLSX_TYPE } from '../../excel/sheet.ts';
import { attachment } from '../../http/content-disposition.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { buildBriefing } from './briefing.ts';
import { exportBriefing } from './briefing-export.ts';
import { exportPanel, type ExportFile, type PanelExport } from './panel-export.ts';
import { highIncidenceExport } from './sheets/high-incidence.ts';
import { incubationExport } from './sheets/incubation.ts';
import { monitoringExport } from './sheets/monitoring.ts';
import { summaryExport } from './sheets/summary.ts';
import { vitalSignsExport } from './sheets/vital-signs.ts';

const errors = { ...commonErrors, 404: ErrorResponse };
/** The workbook, described for OpenAPI; the reply sends the bytes as they are. */
const workbookResponse = {
  200: { description: 'An Excel workbook (.xlsx), named in Content-Disposition', content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } } },
  ...errors,
};

function sendWorkbook(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply.header('content-disposition', attachment(file.fileName, file.asciiName)).type(XLSX_TYPE).send(file.content);
}

/**
 * Exports of the command centre's panels and the daily briefing (日报). Each takes the query of
 * the panel it exports and answers for the caller's region or one inside it (403 OUT_OF_SCOPE
 * above it); each workbook is audited.
 */
export async function dashboardExportRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['dashboard'];
  const config = { permission: 'dashboard.export' } as const;

  function panelRoute<Q extends { region?: string }>(def: PanelExport<Q>, querystring: TSchema, summary: string): void {
    app.get(`/api/dashboard/export/${def.panel}.xlsx`, {
      config,
      schema: { tags, summary, querystring, response: workbookResponse },
    }, async (request, reply) => sendWorkbook(reply, await exportPanel(services, requireActor(request.actor), def, request.query as Q, request.id)));
  }
  panelRoute(summaryExport, PanelQuery, '数据汇总 as Excel: arrivals by origin and the case register for a day (audited)');
  panelRoute(incubationExport, PeriodQuery, '潜伏期趋势 as Excel: one row per day of the period (audited)');
  panelRoute(vitalSignsExport, DailyQuery, '体征监测 as Excel: declarations, symptoms and warnings per day of the period (audited)');
  panelRoute(monitoringExport, PanelQuery, '人员监控 as Excel: workers and the day\'s work per region one level down, events per day (audited)');
  panelRoute(highIncidenceExport, PeriodQuery, '高发案件 as Excel: events per category against the period before, regions ranked (audited)');

  app.get('/api/dashboard/briefing.xlsx', {
    config,
    schema: { tags, summary: '日报 as Excel: a cover with the day\'s key figures and one sheet per panel (audited)', querystring: PanelQuery, response: workbookResponse },
  }, async (request, reply) => sendWorkbook(reply, await exportBriefing(services, requireActor(request.actor), request.query as PanelQuery, request.id)));

  app.get('/api/dashboard/briefing', {
    config,
    schema: { tags, summary: '日报: every panel for a region and day (trends over the 14 days ending on it, ranking over 7 against the 7 before), for the printable page', querystring: PanelQuery, response: { 200: Briefing, ...errors } },
  }, async (request) => buildBriefing(services, requireActor(request.actor), request.query as PanelQuery));
}
