import crypto from 'node:crypto';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { DatabaseOutage } from './db/outage.ts';
import { authGuard } from './http/auth-guard.ts';
import { installErrorHandling } from './http/errors.ts';
import { storableText } from './http/storable-text.ts';
import { registerOpenApi } from './http/openapi.ts';
import { originCheck } from './http/origin-check.ts';
import { securityHeaders } from './http/security-headers.ts';
import { registerWebApps } from './http/web-apps.ts';
import { terminalLogStream } from './http/log-stream.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { regionRoutes } from './modules/regions/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { dutyRoutes } from './modules/duty/routes.ts';
import { departmentRoutes } from './modules/departments/routes.ts';
import { eventRoutes } from './modules/events/routes.ts';
import { fieldSummaryRoutes } from './modules/field-summary/routes.ts';
import { householdRoutes } from './modules/households/routes.ts';
import { movementRoutes } from './modules/movements/routes.ts';
import { personRoutes } from './modules/persons/routes.ts';
import { visitRoutes } from './modules/visits/routes.ts';
import { workerRoutes } from './modules/workers/routes.ts';
import { caseRoutes } from './modules/cases/routes.ts';
import { checkpointRoutes } from './modules/checkpoints/routes.ts';
import { dashboardRoutes } from './modules/dashboard/routes.ts';
import { dashboardExportRoutes } from './modules/dashboard-export/routes.ts';
import { liveRoutes } from './live/routes.ts';
import { mapRoutes } from './modules/map/routes.ts';
import { declarationRoutes } from './modules/declarations/routes.ts';
import { warningRoutes } from './modules/warnings/routes.ts';
import { instructionRoutes } from './modules/instructions/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import type { AppServices } from './core/services.ts';

export interface BuildOptions {
  /** false silences request logs (tests). */
  logger?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The whole HTTP application, built from its services; main.ts listens with it, tests inject into it. */
export async function buildApp(services: AppServices, options: BuildOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: options.logger === false ? false : {
      level: config.logLevel,
      ...(config.logFormat === 'pretty' ? { stream: terminalLogStream() } : {}),
      // Paths only: query strings may carry names or numbers a user typed. Cookies never.
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, path: req.url.split('?')[0], remoteAddress: req.ip }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    },
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    bodyLimit: 1024 * 1024,
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  const outage = new DatabaseOutage(() => sql`SELECT 1`.execute(services.database.db), app.log);
  app.decorate('databaseOutage', outage);
  app.addHook('onClose', async () => outage.stop());
  installErrorHandling(app, outage);
  await app.register(cookie);
  await app.register(securityHeaders, { helmet: {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd injects its CSS-in-JS as <style> tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Map tiles and styles come from the configured base map's hosts (none by default).
        imgSrc: ["'self'", 'data:', 'blob:', ...config.mapHosts],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'", ...config.mapHosts],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  } });
  await app.register(rateLimit, { global: false });
  await app.register(multipart);
  await app.register(originCheck, { allowedOrigins: config.allowedOrigins });
  await app.register(authGuard, { sessions: services.sessions });
  await app.register(storableText);
  await registerOpenApi(app);

  const modules = [
    healthRoutes, authRoutes, regionRoutes, userRoutes, auditRoutes,
    fieldSummaryRoutes, householdRoutes, personRoutes, movementRoutes, visitRoutes, eventRoutes, dutyRoutes, workerRoutes, caseRoutes,
    checkpointRoutes, declarationRoutes, warningRoutes, dashboardRoutes, dashboardExportRoutes, mapRoutes, liveRoutes,
    instructionRoutes, notificationRoutes, departmentRoutes,
  ];
  for (const routes of modules) {
    await app.register(async (scope) => routes(scope, services));
  }
  await registerWebApps(app, config.webDist);
  return app;
}
