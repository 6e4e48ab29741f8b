import type { Permission } from '../../common/permissions.ts';
import type { Actor } from '../core/actor.ts';
import type { DatabaseOutage } from '../db/outage.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Whether the database is reachable; told of every failure that says it is not. */
    databaseOutage: DatabaseOutage;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** 'public' routes need no session; all others do. */
    auth?: 'public' | 'session';
    permission?: Permission;
  }
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new Error('route reached without a session: check its auth config');
  return actor;
}
