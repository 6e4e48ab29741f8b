import type { FastifyInstance } from 'fastify';
import { AuditPage, AuditQuery, AuditVerification } from '../../../common/contracts/audit.ts';
import { commonErrors } from '../../../common/contracts/shared.ts';
import { LEVEL_CODE_LENGTH } from '../../../common/regions/codes.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { listAudit, verifyAuditChain } from './service.ts';

export async function auditRoutes(app: FastifyInstance, { database }: AppServices): Promise<void> {
  const tags = ['audit'];

  app.get('/api/audit', {
    config: { permission: 'audit.read' },
    schema: { tags, summary: 'Audit entries about the caller\'s region, newest first', querystring: AuditQuery, response: { 200: AuditPage, ...commonErrors } },
  }, async (request): Promise<AuditPage> => {
    const actor = requireActor(request.actor);
    const q = request.query as AuditQuery;
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
  });

  app.get('/api/audit/verify', {
    config: { permission: 'audit.read' },
    schema: { tags, summary: 'Recompute the hash chain of the whole audit log', response: { 200: AuditVerification, ...commonErrors } },
  }, async () => verifyAuditChain(database.db));
}
