import { Type } from 'typebox';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { CreateUser, ResetPassword, UpdateUser, UserList, UserListQuery, UserView } from '../contracts/users.ts';
import { endpoints } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });

export const userEndpoints = endpoints({
  'GET /api/users': {
    operationId: 'listUsers', tag: 'users', permission: 'users.read',
    summary: 'Accounts bound inside the caller\'s region',
    query: UserListQuery, response: { 200: UserList },
  },
  'POST /api/users': {
    operationId: 'createUser', tag: 'users', permission: 'users.manage',
    summary: 'Create an account inside the caller\'s region',
    body: CreateUser, response: { 201: UserView, 409: ErrorResponse },
  },
  'PATCH /api/users/:id': {
    operationId: 'changeUser', tag: 'users', permission: 'users.manage',
    summary: 'Rename, disable/enable, unlock, change role or re-scope an account',
    params: IdParams, body: UpdateUser, response: { 200: UserView, 404: ErrorResponse },
  },
  'POST /api/users/:id/password': {
    operationId: 'resetUserPassword', tag: 'users', permission: 'users.manage',
    summary: 'Set a new password; ends the account\'s sessions',
    params: IdParams, body: ResetPassword, response: { 204: Type.Null(), 404: ErrorResponse },
  },
});
