import { departmentEndpoints } from '../../../common/endpoints/departments.ts';
import type { AppServices } from '../../core/services.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import { changeDepartment, createDepartment, departmentsVisible } from './service.ts';
import { setTimeLimits, timeLimits } from './time-limits.ts';

export const departmentRoutes = endpointRoutes(departmentEndpoints, (services: AppServices) => ({
  'GET /api/departments': async (request) => departmentsVisible(services, requireActor(request.actor), { region: request.query.region, servingGrid: request.query.serving }),
  'POST /api/departments': async (request, reply) => reply.status(201).send(await createDepartment(services, requireActor(request.actor), request.body)),
  'PATCH /api/departments/:id': async (request) => changeDepartment(services, requireActor(request.actor), request.params.id, request.body),
  'GET /api/event-time-limits': async () => timeLimits(services),
  'PUT /api/event-time-limits': async (request) => setTimeLimits(services, requireActor(request.actor), request.body),
}));
