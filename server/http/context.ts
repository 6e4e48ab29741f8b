import type { Permission, Role } from '../../common/permissions.ts';
import type { DatabaseOutage } from '../db/outage.ts';

/** The signed-in caller as every service sees it: who, with which role, over which region. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Region code the account is bound to; everything it may read starts with it. */
  scope: string;
  /** When the session that carries this actor ends. */
  sessionExpiresAt?: Date;
}

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
