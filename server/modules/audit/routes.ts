import type { AuditPage } from '../../../common/contracts/audit.ts';
import { auditEndpoints } from '../../../common/endpoints/audit.ts';
import { LEVEL_CODE_LENGTH } from '../../../common/regions/codes.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { listAudit, verifyAuditChain } from './service.ts';

export const auditRoutes = endpointRoutes(auditEndpoints, ({ database }: AppServices) => ({
  'GET /api/audit': async (request): Promise<AuditPage> => {
    const actor = requireActor(request.actor);
    const q = request.query;
    const rows = await listAudit(database.db, {
      scope: actor.scope,
      includeUnscoped: actor.scope.length === LEVEL_CODE_LENGTH[1],
      action: q.action,
      actorUsername: q.actor,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      beforeSeq: q.before,
      limit: q.limit,
    });
    return {
      items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
      nextBefore: rows.length === q.limit ? rows[rows.length - 1]!.seq : null,
    };
  },
  'GET /api/audit/verify': async () => verifyAuditChain(database.db),
}));
