import { warningEndpoints } from '../../../common/endpoints/warnings.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { verifyWarning, warningContact, warningDetail, warningsInScope } from './service.ts';

export const warningRoutes = endpointRoutes(warningEndpoints, (services: AppServices) => ({
  'GET /api/warnings': async (request) => warningsInScope(services, requireActor(request.actor), request.query),
  'GET /api/warnings/:id': async (request) => warningDetail(services, requireActor(request.actor), request.params.id),
  'POST /api/warnings/:id/verify': async (request) => verifyWarning(services, requireActor(request.actor), request.params.id, request.body),
  'POST /api/warnings/:id/contact': {
    rateLimit: { max: 60, timeWindow: '1 minute' },
    handler: async (request) => warningContact(services, requireActor(request.actor), request.params.id, request.id),
  },
}));
