import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ChangeOwnPassword, LoginRequest, Me } from '../../../common/contracts/auth.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { permissionsOf } from '../../../common/permissions.ts';
import { requireActor } from '../../http/context.ts';
import { SESSION_COOKIE } from '../../http/session-cookie.ts';
import type { AppServices } from '../../core/services.ts';
import { regionChain } from '../regions/service.ts';
import { recordAudit } from '../audit/service.ts';
import { AppError } from '../../core/errors.ts';
import { changeOwnPassword, login } from './service.ts';

export async function authRoutes(app: FastifyInstance, { config, database, sessions }: AppServices): Promise<void> {
  const tags = ['auth'];
  const secureCookie = (request: { protocol: string }) => request.protocol === 'https';

  app.post('/api/auth/login', {
    config: { auth: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      tags, summary: 'Sign in; sets the HttpOnly session cookie',
      body: LoginRequest,
      response: { 200: Me, 401: ErrorResponse, 403: ErrorResponse, 423: ErrorResponse, 429: ErrorResponse, 400: ErrorResponse },
    },
  }, async (request, reply) => {
    const { username, password } = request.body as LoginRequest;
    const session = await login(database.db, sessions, username, password, request.ip).catch((error: unknown) => {
      if (error instanceof AppError && typeof error.extra?.retryAfterSeconds === 'number') reply.header('retry-after', String(error.extra.retryAfterSeconds));
      throw error;
    });
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookie(request), expires: session.expiresAt,
    });
    return meOf(database, requireActor(await sessions.resolve(session.token)), config.demo);
  });

  app.post('/api/auth/logout', {
    config: { auth: 'public' },
    schema: { tags, summary: 'End the session', response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const actor = await sessions.resolve(token);
      await database.transaction(async (tx) => {
        await sessions.destroy(token, tx);
        if (actor) await recordAudit(tx, actor, { action: 'auth.logout', targetType: 'user', targetId: actor.id, regionCode: actor.scope });
      });
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookie(request) });
    return reply.status(204).send();
  });

  app.post('/api/me/password', {
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: {
      tags, summary: 'Change your own password (the current one is required); ends your other sessions and renews this one',
      description: 'Field errors: `currentPassword: WRONG_PASSWORD`, `newPassword: SAME_AS_CURRENT`, `newPassword: PASSWORD_WEAK` (too easy to guess) or a length / letters-and-digits rule.',
      body: ChangeOwnPassword, response: { 204: Type.Null(), ...commonErrors },
    },
  }, async (request, reply) => {
    const session = await changeOwnPassword(database, sessions, requireActor(request.actor), request.body as ChangeOwnPassword);
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookie(request), expires: session.expiresAt,
    });
    return reply.status(204).send();
  });

  app.get('/api/me', {
    schema: { tags, summary: 'The signed-in account, its region and permissions', response: { 200: Me, ...commonErrors } },
  }, async (request) => meOf(database, requireActor(request.actor), config.demo));

}

async function meOf(database: AppServices['database'], actor: ReturnType<typeof requireActor>, demo: boolean): Promise<Me> {
  const chain = await regionChain(database.db, actor.scope);
  const region = chain[chain.length - 1] ?? { code: actor.scope, name: actor.scope, level: 0 };
  return {
    id: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    region,
    regionChain: chain,
    permissions: permissionsOf(actor.role),
    ...(actor.sessionExpiresAt ? { sessionExpiresAt: actor.sessionExpiresAt.toISOString() } : {}),
    demo,
  };
}
