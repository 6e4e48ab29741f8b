import { userEndpoints } from '../../../common/endpoints/users.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { changeUser, createUser, listUsersInScope, resetPassword } from './service.ts';

export const userRoutes = endpointRoutes(userEndpoints, ({ database, sessions, pii }: AppServices) => ({
  'GET /api/users': async (request) => listUsersInScope(database, requireActor(request.actor), request.query),
  'POST /api/users': async (request, reply) => reply.status(201).send(await createUser(database, pii, requireActor(request.actor), request.body)),
  'PATCH /api/users/:id': async (request) => changeUser(database, sessions, pii, requireActor(request.actor), request.params.id, request.body),
  'POST /api/users/:id/password': async (request, reply) => {
    await resetPassword(database, sessions, requireActor(request.actor), request.params.id, request.body.password);
    return reply.status(204).send(null);
  },
}));
