import type { FastifyReply } from 'fastify';
import { movementEndpoints } from '../../../common/endpoints/movements.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { sendListExport } from '../exports/list-export.ts';
import { listMovementsInScope } from '../register/movements.ts';
import { movementsExport } from './export.ts';
import { createMovement } from './service.ts';

export const movementRoutes = endpointRoutes(movementEndpoints, (services: AppServices) => ({
  'POST /api/movements': async (request, reply) => sendCreated(reply, await createMovement(services, requireActor(request.actor), request.body)),
  'GET /api/movements': async (request) => listMovementsInScope(services, requireActor(request.actor), request.query),
  // A file, not the JSON the typed reply describes: the plain reply streams its bytes.
  'GET /api/movements/export': async (request, reply: FastifyReply) => {
    const actor = requireActor(request.actor);
    return sendListExport(services, actor, request.id, reply, movementsExport(services, actor, request.query));
  },
}));
