import { fieldSummaryEndpoints } from '../../../common/endpoints/field-summary.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { fieldSummary } from './service.ts';

export const fieldSummaryRoutes = endpointRoutes(fieldSummaryEndpoints, (services: AppServices) => ({
  'GET /api/field/summary': async (request) => fieldSummary(services, requireActor(request.actor)),
}));
