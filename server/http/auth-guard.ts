import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { can } from '../../common/permissions.ts';
import type { SessionStore } from '../modules/auth/session-store.ts';
import { AppError } from './errors.ts';
import { SESSION_COOKIE } from './session-cookie.ts';
import './context.ts';
import '@fastify/cookie';

/**
 * Resolves the session cookie to an actor on every request, then enforces the route's
 * declared needs: a session unless the route is public, and the permission it names.
 */
export const authGuard = fp<{ sessions: SessionStore }>(async (app: FastifyInstance, { sessions }) => {
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await sessions.resolve(token);
  });

  app.addHook('preHandler', async (request) => {
    const config = request.routeOptions.config;
    if (config.auth === 'public' || request.routeOptions.url === undefined) return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    if (config.permission && !can(request.actor.role, config.permission)) throw new AppError('FORBIDDEN');
  });
});
