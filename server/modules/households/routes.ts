import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { HouseholdCreate, HouseholdDetail, HouseholdQuery, HouseholdView, Page } from '../../../common/contracts/field.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../services.ts';
import { createHousehold, householdDetail, listHouseholdsInScope } from './service.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function householdRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['households'];
  app.post('/api/households', {
    config: { permission: 'field.write' },
    schema: { tags, summary: 'Register a household (201; a retry with the same id answers 200 with the stored record)', body: HouseholdCreate, response: { 200: HouseholdView, 201: HouseholdView, 409: ErrorResponse, ...commonErrors } },
  }, async (request, reply) => sendCreated(reply, await createHousehold(services, requireActor(request.actor), request.body as HouseholdCreate)));

  app.get('/api/households', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'Households in the caller\'s region, newest first', querystring: HouseholdQuery, response: { 200: Page(HouseholdView), ...commonErrors } },
  }, async (request) => listHouseholdsInScope(services, requireActor(request.actor), request.query as { offset: number; limit: number }));

  app.get('/api/households/:id', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'A household with its members and visits', params: IdParams, response: { 200: HouseholdDetail, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => householdDetail(services, requireActor(request.actor), (request.params as { id: string }).id));
}
