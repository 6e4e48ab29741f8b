import type { FastifyInstance } from 'fastify';
import { FieldSummary } from '../../../common/contracts/field.ts';
import { commonErrors } from '../../../common/contracts/shared.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { fieldSummary } from './service.ts';

export async function fieldSummaryRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  app.get('/api/field/summary', {
    config: { permission: 'field.read' },
    schema: { tags: ['field'], summary: 'Home screen of the field app: my grid, today\'s work, totals, open shift', response: { 200: FieldSummary, ...commonErrors } },
  }, async (request) => fieldSummary(services, requireActor(request.actor)));
}
