import type { FastifyReply } from 'fastify';
import { movementEndpoints } from '../../../common/endpoints/movements.ts';
import { chinaDate } from '../../../common/time.ts';
import { XLSX_TYPE } from '../../excel/sheet.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../services.ts';
import { exportMovements } from './export.ts';
import { createMovement, listMovementsInScope } from './service.ts';

export const movementRoutes = endpointRoutes(movementEndpoints, (services: AppServices) => ({
  'POST /api/movements': async (request, reply) => sendCreated(reply, await createMovement(services, requireActor(request.actor), request.body)),
  'GET /api/movements': async (request) => listMovementsInScope(services, requireActor(request.actor), request.query),
  // A file, not the JSON the typed reply describes: the plain reply sends its bytes.
  'GET /api/movements/export': async (request, reply: FastifyReply) => {
    const workbook = await exportMovements(services, requireActor(request.actor), request.query, request.id);
    reply.header('content-disposition', `attachment; filename="movements-${chinaDate(new Date())}.xlsx"`).type(XLSX_TYPE);
    return reply.send(workbook);
  },
}));
