import { sql } from 'kysely';
import { healthEndpoints } from '../../../common/endpoints/health.ts';
import { isDatabaseUnavailable } from '../../db/errors.ts';
import { RETRY_AFTER_SECONDS } from '../../db/outage.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import '../../http/context.ts';

export const healthRoutes = endpointRoutes(healthEndpoints, ({ database, locator }: AppServices) => ({
  'GET /api/health': async (request, reply) => {
    let ok = true;
    try {
      await sql`SELECT 1`.execute(database.db);
    } catch (error) {
      ok = false;
      // A load balancer's probe is often the first to notice: the outage is logged from here too.
      if (isDatabaseUnavailable(error)) request.server.databaseOutage.noteUnavailable(error);
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    }
    const body = { status: ok ? 'ok' as const : 'degraded' as const, database: { kind: database.kind, ok }, grids: locator.gridCount, version: process.env.npm_package_version ?? '0.1.0' };
    return reply.status(ok ? 200 : 503).send(body);
  },
}));
