import type { FastifyReply } from 'fastify';
import { householdEndpoints } from '../../../common/endpoints/households.ts';
import { REGISTER_LIMITS } from '../../../common/field/register-format.ts';
import { XLSX_TYPE } from '../../excel/sheet.ts';
import { uploadedWorkbook } from '../../http/upload.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { importRegister } from './register-import.ts';
import { registerTemplate } from './register-sheet.ts';
import { householdDetail } from '../register/details.ts';
import { householdsAtAddress } from '../register/household-matches.ts';
import { listHouseholdsInScope } from '../register/households.ts';
import { createHousehold } from './service.ts';

export const householdRoutes = endpointRoutes(householdEndpoints, (services: AppServices) => ({
  'POST /api/households': async (request, reply) => sendCreated(reply, await createHousehold(services, requireActor(request.actor), request.body)),
  'GET /api/households': async (request) => listHouseholdsInScope(services, requireActor(request.actor), request.query),
  'GET /api/households/same-address': async (request) => householdsAtAddress(services, requireActor(request.actor), request.query),
  'GET /api/households/:id': async (request) => householdDetail(services, requireActor(request.actor), request.params.id),
  // A file, not the JSON the typed reply describes: the plain reply sends its bytes.
  'GET /api/households/import/template': async (_request, reply: FastifyReply) => {
    reply.header('content-disposition', 'attachment; filename="household-register-template.xlsx"').type(XLSX_TYPE);
    return reply.send(await registerTemplate());
  },
  'POST /api/households/import': {
    bodyLimit: REGISTER_LIMITS.maxBytes + 64 * 1024,
    handler: async (request) => importRegister(services, requireActor(request.actor), await uploadedWorkbook(request)),
  },
}));
