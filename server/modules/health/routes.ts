import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppServices } from '../../services.ts';

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
    } catch {
      ok = false;
    }
    const body = { status: ok ? 'ok' as const : 'degraded' as const, database: { kind: database.kind, ok }, grids: locator.gridCount, version: process.env.npm_package_version ?? '0.1.0' };
    return reply.status(ok ? 200 : 503).send(body);
  });
}
