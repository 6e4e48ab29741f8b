import { dutyEndpoints } from '../../../common/endpoints/duty.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { endShift, recordHeartbeat, startShift } from './service.ts';

export const dutyRoutes = endpointRoutes(dutyEndpoints, (services: AppServices) => ({
  'POST /api/duty/shifts': async (request, reply) => sendCreated(reply, await startShift(services, requireActor(request.actor), request.body)),
  'POST /api/duty/shifts/:id/end': async (request) => endShift(services, requireActor(request.actor), request.params.id, request.body.endedAt),
  'POST /api/heartbeats': async (request, reply) => sendCreated(reply, await recordHeartbeat(services, requireActor(request.actor), request.body)),
}));
