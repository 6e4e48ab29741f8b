import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { isDatabaseUnavailable } from '../../db/errors.ts';
import { RETRY_AFTER_SECONDS } from '../../db/outage.ts';
import type { AppServices } from '../../core/services.ts';
import '../../http/context.ts';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Object({ kind: Type.String(), ok: Type.Boolean() }),
  grids: Type.Integer({ description: 'Grids in the spatial index of this process' }),
  version: Type.String(),
});

export async function healthRoutes(app: FastifyInstance, { database, locator }: AppServices): Promise<void> {
  app.get('/api/health', {
    config: { auth: 'public' },
    schema: { tags: ['health'], summary: 'Liveness and database reachability', response: { 200: Health, 503: Health } },
  }, async (_request, reply) => {
    let ok = true;
    try {
      await sql`SELECT 1`.execute(database.db);
    } catch (error) {
      ok = false;
      // A load balancer's probe is often the first to notice: the outage is logged from here too.
      if (isDatabaseUnavailable(error)) app.databaseOutage.noteUnavailable(error);
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    }
    const body = { status: ok ? 'ok' as const : 'degraded' as const, database: { kind: database.kind, ok }, grids: locator.gridCount, version: process.env.npm_package_version ?? '0.1.0' };
    return reply.status(ok ? 200 : 503).send(body);
  });
}
