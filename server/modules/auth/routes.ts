import type { Me } from '../../../common/contracts/auth.ts';
import { authEndpoints } from '../../../common/endpoints/auth.ts';
import { permissionsOf } from '../../../common/permissions.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import { SESSION_COOKIE } from '../../http/session-cookie.ts';
import type { AppServices } from '../../core/services.ts';
import { findDepartment } from '../departments/store.ts';
import { regionChain } from '../regions/service.ts';
import { recordAudit } from '../audit/service.ts';
import { AppError } from '../../core/errors.ts';
import { changeOwnPassword, login } from './service.ts';

const secureCookie = (request: { protocol: string }) => request.protocol === 'https';

export const authRoutes = endpointRoutes(authEndpoints, ({ config, database, sessions }: AppServices) => ({
  'POST /api/auth/login': {
    rateLimit: { max: 30, timeWindow: '1 minute' },
    handler: async (request, reply) => {
      const { username, password } = request.body;
      const session = await login(database.db, sessions, username, password, request.ip).catch((error: unknown) => {
        if (error instanceof AppError && typeof error.extra?.retryAfterSeconds === 'number') reply.header('retry-after', String(error.extra.retryAfterSeconds));
        throw error;
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookie(request), expires: session.expiresAt,
      });
      return meOf(database, requireActor(await sessions.resolve(session.token)), config.demo);
    },
  },

  'POST /api/auth/logout': async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const actor = await sessions.resolve(token);
      await database.transaction(async (tx) => {
        await sessions.destroy(token, tx);
        if (actor) await recordAudit(tx, actor, { action: 'auth.logout', targetType: 'user', targetId: actor.id, regionCode: actor.scope });
      });
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookie(request) });
    return reply.status(204).send(null);
  },

  'POST /api/me/password': {
    rateLimit: { max: 10, timeWindow: '1 minute' },
    handler: async (request, reply) => {
      const session = await changeOwnPassword(database, sessions, requireActor(request.actor), request.body);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookie(request), expires: session.expiresAt,
      });
      return reply.status(204).send(null);
    },
  },

  'GET /api/me': async (request) => meOf(database, requireActor(request.actor), config.demo),
}));

async function meOf(database: AppServices['database'], actor: ReturnType<typeof requireActor>, demo: boolean): Promise<Me> {
  const [chain, department] = await Promise.all([
    regionChain(database.db, actor.scope),
    actor.departmentId ? findDepartment(database.db, actor.departmentId) : null,
  ]);
  const region = chain[chain.length - 1] ?? { code: actor.scope, name: actor.scope, level: 0 };
  return {
    id: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    region,
    regionChain: chain,
    permissions: permissionsOf(actor.role),
    department: department ? { id: department.id, name: department.name } : null,
    ...(actor.sessionExpiresAt ? { sessionExpiresAt: actor.sessionExpiresAt.toISOString() } : {}),
    demo,
  };
}
