import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { commonErrors, ErrorResponse, Uuid } from '../../../common/contracts/shared.ts';
import { CreateUser, ResetPassword, UpdateUser, UserList, UserListQuery, UserView } from '../../../common/contracts/users.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { changeUser, createUser, listUsersInScope, resetPassword } from './service.ts';

const IdParams = Type.Object({ id: Uuid });

export async function userRoutes(app: FastifyInstance, { database, sessions }: AppServices): Promise<void> {
  const tags = ['users'];

  app.get('/api/users', {
    config: { permission: 'users.read' },
    schema: { tags, summary: 'Accounts bound inside the caller\'s region', querystring: UserListQuery, response: { 200: UserList, ...commonErrors } },
  }, async (request) => listUsersInScope(database, requireActor(request.actor), request.query as UserListQuery));

  app.post('/api/users', {
    config: { permission: 'users.manage' },
    schema: { tags, summary: 'Create an account inside the caller\'s region', body: CreateUser, response: { 201: UserView, 409: ErrorResponse, ...commonErrors } },
  }, async (request, reply) => {
    const user = await createUser(database, requireActor(request.actor), request.body as CreateUser);
    return reply.status(201).send(user);
  });

  app.patch('/api/users/:id', {
    config: { permission: 'users.manage' },
    schema: { tags, summary: 'Rename, disable/enable, unlock, change role or re-scope an account', params: IdParams, body: UpdateUser, response: { 200: UserView, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => {
    const { id } = request.params as { id: string };
    return changeUser(database, sessions, requireActor(request.actor), id, request.body as UpdateUser);
  });

  app.post('/api/users/:id/password', {
    config: { permission: 'users.manage' },
    schema: { tags, summary: 'Set a new password; ends the account\'s sessions', params: IdParams, body: ResetPassword, response: { 204: Type.Null(), 404: ErrorResponse, ...commonErrors } },
  }, async (request, reply) => {
    const { id } = request.params as { id: string };
    await resetPassword(database, sessions, requireActor(request.actor), id, (request.body as ResetPassword).password);
    return reply.status(204).send();
  });
}
