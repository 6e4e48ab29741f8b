import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { can } from '../../common/permissions.ts';
import type { Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { SESSION_COOKIE } from './session-cookie.ts';
import './context.ts';
import '@fastify/cookie';

/** The web apps' files and the API documentation are public; every other API route is not unless it says so. */
function isPrivateRoute(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/**
 * Resolves the session cookie to an actor on every request, then enforces the route's
 * declared needs: a session unless the route is public, and the permission it names.
 */
/** What the guard needs of the session store: the caller a cookie's token stands for, if any. */
export interface SessionResolver {
  resolve(token: string): Promise<Actor | null>;
}

export const authGuard = fp<{ sessions: SessionResolver }>(async (app: FastifyInstance, { sessions }) => {
  app.decorateRequest('actor', null);

  // onRequest, before body parsing and validation: an anonymous caller learns nothing about a route's input.
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await sessions.resolve(token);
    const { config, url } = request.routeOptions;
    if (config.auth === 'public' || !isPrivateRoute(url)) return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    if (config.permission && !can(request.actor.role, config.permission)) throw new AppError('FORBIDDEN');
  });
});
