import type { FastifyInstance } from 'fastify';
import { Page, VisitCreate, VisitQuery, VisitView } from '../../../common/contracts/field.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { listVisitsInScope } from '../register/visits.ts';
import { createVisit } from './service.ts';

export async function visitRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['visits'];
  app.post('/api/visits', {
    config: { permission: 'field.write' },
    schema: { tags, summary: 'Record a household visit (入户走访)', body: VisitCreate, response: { 200: VisitView, 201: VisitView, 404: ErrorResponse, 409: ErrorResponse, ...commonErrors } },
  }, async (request, reply) => sendCreated(reply, await createVisit(services, requireActor(request.actor), request.body as VisitCreate)));

  app.get('/api/visits', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'Visits in the caller\'s region, newest first', querystring: VisitQuery, response: { 200: Page(VisitView), ...commonErrors } },
  }, async (request) => listVisitsInScope(services, requireActor(request.actor), request.query as { offset: number; limit: number }));
}
