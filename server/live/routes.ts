import type { FastifyInstance } from 'fastify';
import { liveEndpoints } from '../../common/endpoints/live.ts';
import { requireActor } from '../http/context.ts';
import { endpointRoutes } from '../http/endpoint-routes.ts';
import { AppError } from '../core/errors.ts';
import type { AppServices } from '../core/services.ts';
import type { LiveClient } from './hub.ts';

/** A comment line every so often keeps proxies and load balancers from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

/**
 * GET /api/live: a Server-Sent Events stream of `change` events ({topics, regions, at}) for
 * the caller's region, after each committed write, and `resync` events ({at}) when changes may
 * have been missed (the database connection was lost and is back). The browser's EventSource reconnects by
 * itself (after `retry` ms); the stream ends when the session does.
 */
export async function liveRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const { live } = services;
  const open = new Set<() => void>();
  // A stream never goes idle: end them all first, or closing the server would wait forever.
  app.addHook('preClose', (done) => {
    open.forEach((end) => end());
    done();
  });

  await endpointRoutes(liveEndpoints, () => ({
    'GET /api/live': async (request, reply) => {
      const actor = requireActor(request.actor);
      const raw = reply.raw;
      const client: LiveClient = {
        scope: actor.scope,
        send: (change) => raw.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`),
        resync: (resync) => raw.write(`event: resync\ndata: ${JSON.stringify(resync)}\n\n`),
      };
      if (!live.add(client)) throw new AppError('UNAVAILABLE', 'too many live streams on this server; the browser will retry');
      reply.hijack();
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx would otherwise buffer the stream.
        'x-accel-buffering': 'no',
      });
      raw.write(`retry: 3000\n: ${actor.scope}\n\n`);
      const heartbeat = setInterval(() => raw.write(`: ping\n\n`), HEARTBEAT_MS);
      const expiry = actor.sessionExpiresAt ? setTimeout(() => raw.end(), Math.max(0, actor.sessionExpiresAt.getTime() - Date.now())) : null;
      const end = () => raw.end();
      open.add(end);
      const close = () => {
        clearInterval(heartbeat);
        if (expiry) clearTimeout(expiry);
        live.remove(client);
        open.delete(end);
      };
      raw.on('close', close);
      raw.on('error', close);
    },
  }))(app, services);
}
