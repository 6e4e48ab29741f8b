import { visitEndpoints } from '../../../common/endpoints/visits.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { listVisitsInScope } from '../register/visits.ts';
import { createVisit } from './service.ts';

export const visitRoutes = endpointRoutes(visitEndpoints, (services: AppServices) => ({
  'POST /api/visits': async (request, reply) => sendCreated(reply, await createVisit(services, requireActor(request.actor), request.body)),
  'GET /api/visits': async (request) => listVisitsInScope(services, requireActor(request.actor), request.query),
}));
