import type { FastifyReply, FastifyRequest } from 'fastify';
import { dashboardExportEndpoints } from '../../../common/endpoints/dashboard-export.ts';
import { XLSX_TYPE } from '../../excel/sheet.ts';
import { attachment } from '../../http/content-disposition.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { buildBriefing } from './briefing.ts';
import { exportBriefing } from './briefing-export.ts';
import { exportPanel, type ExportFile, type PanelExport } from './panel-export.ts';
import { highIncidenceExport } from './sheets/high-incidence.ts';
import { incubationExport } from './sheets/incubation.ts';
import { monitoringExport } from './sheets/monitoring.ts';
import { summaryExport } from './sheets/summary.ts';
import { vitalSignsExport } from './sheets/vital-signs.ts';

function sendWorkbook(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply.header('content-disposition', attachment(file.fileName, file.asciiName)).type(XLSX_TYPE).send(file.content);
}

/** The route of one panel's workbook: the panel's own query, audited by exportPanel. */
function panelWorkbook<Q extends { region?: string }>(services: AppServices, def: PanelExport<Q>) {
  return async (request: Pick<FastifyRequest, 'actor' | 'id'> & { query: Q }, reply: FastifyReply) =>
    sendWorkbook(reply, await exportPanel(services, requireActor(request.actor), def, request.query, request.id));
}

export const dashboardExportRoutes = endpointRoutes(dashboardExportEndpoints, (services: AppServices) => ({
  'GET /api/dashboard/export/summary.xlsx': panelWorkbook(services, summaryExport),
  'GET /api/dashboard/export/incubation.xlsx': panelWorkbook(services, incubationExport),
  'GET /api/dashboard/export/vital-signs.xlsx': panelWorkbook(services, vitalSignsExport),
  'GET /api/dashboard/export/monitoring.xlsx': panelWorkbook(services, monitoringExport),
  'GET /api/dashboard/export/high-incidence.xlsx': panelWorkbook(services, highIncidenceExport),
  'GET /api/dashboard/briefing.xlsx': async (request, reply) =>
    sendWorkbook(reply, await exportBriefing(services, requireActor(request.actor), request.query, request.id)),
  'GET /api/dashboard/briefing': async (request) => buildBriefing(services, requireActor(request.actor), request.query),
}));
