import type { FastifyInstance } from 'fastify';
import { WorkerQuery, WorkerStatusPage } from '../../../common/contracts/field.ts';
import { commonErrors } from '../../../common/contracts/shared.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { workerStatuses } from './service.ts';

export async function workerRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  app.get('/api/workers', {
    config: { permission: 'workers.read' },
    schema: { tags: ['workers'], summary: 'Grid workers in the caller\'s region with today\'s work and status (on duty, active today, inactive)', querystring: WorkerQuery, response: { 200: WorkerStatusPage, ...commonErrors } },
  }, async (request) => workerStatuses(services, requireActor(request.actor), request.query as { offset: number; limit: number }));
}
