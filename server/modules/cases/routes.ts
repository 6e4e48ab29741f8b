import type { FastifyReply } from 'fastify';
import { caseEndpoints } from '../../../common/endpoints/cases.ts';
import { REGISTER_LIMITS } from '../../../common/field/register-format.ts';
import { XLSX_TYPE } from '../../excel/sheet.ts';
import { uploadedWorkbook } from '../../http/upload.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { sendListExport } from '../exports/list-export.ts';
import { changeCaseStatus } from './changes.ts';
import { casesExport } from './export.ts';
import { caseImportTemplate, importCases } from './import.ts';
import { caseDetail, createCase, listCasesInScope } from './service.ts';

export const caseRoutes = endpointRoutes(caseEndpoints, (services: AppServices) => ({
  'POST /api/cases': async (request, reply) => sendCreated(reply, await createCase(services, requireActor(request.actor), request.body)),
  'GET /api/cases': async (request) => listCasesInScope(services, requireActor(request.actor), request.query),
  // A file, not the JSON the typed reply describes: the plain reply streams its bytes.
  'GET /api/cases/export': async (request, reply: FastifyReply) => {
    const actor = requireActor(request.actor);
    return sendListExport(services, actor, request.id, reply, casesExport(services, actor, request.query));
  },
  'GET /api/cases/import-template': async (_request, reply: FastifyReply) => {
    reply.header('content-disposition', 'attachment; filename="case-register-template.xlsx"').type(XLSX_TYPE);
    return reply.send(await caseImportTemplate());
  },
  'POST /api/cases/import': {
    bodyLimit: REGISTER_LIMITS.maxBytes + 64 * 1024,
    handler: async (request) => importCases(services, requireActor(request.actor), await uploadedWorkbook(request)),
  },
  'GET /api/cases/:id': async (request) => caseDetail(services, requireActor(request.actor), request.params.id),
  'POST /api/cases/:id/changes': async (request, reply) => sendCreated(reply, await changeCaseStatus(services, requireActor(request.actor), request.params.id, request.body)),
}));
