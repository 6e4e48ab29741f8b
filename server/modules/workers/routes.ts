import { workerEndpoints } from '../../../common/endpoints/workers.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { workerStatuses } from './service.ts';

export const workerRoutes = endpointRoutes(workerEndpoints, (services: AppServices) => ({
  'GET /api/workers': async (request) => workerStatuses(services, requireActor(request.actor), request.query),
}));
