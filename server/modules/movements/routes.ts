import type { FastifyInstance } from 'fastify';
import { MovementCreate, MovementQuery, MovementView, Page } from '../../../common/contracts/field.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { sendListExport } from '../exports/list-export.ts';
import { movementsExport } from './export.ts';
import { listMovementsInScope } from '../register/movements.ts';
import { createMovement } from './service.ts';

export async function movementRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['movements'];
  app.post('/api/movements', {
    config: { permission: 'field.write' },
    schema: { tags, summary: 'Register an arrival in or departure from the city (人员流动登记)', body: MovementCreate, response: { 200: MovementView, 201: MovementView, 404: ErrorResponse, 409: ErrorResponse, ...commonErrors } },
  }, async (request, reply) => sendCreated(reply, await createMovement(services, requireActor(request.actor), request.body as MovementCreate)));

  app.get('/api/movements', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'Arrivals and departures in the caller\'s region; `from`/`to` filter the movement date', querystring: MovementQuery, response: { 200: Page(MovementView), ...commonErrors } },
  }, async (request) => listMovementsInScope(services, requireActor(request.actor), request.query as MovementQuery));

  app.get('/api/movements/export', {
    config: { permission: 'field.export' },
    schema: { tags, summary: 'The same list as an Excel workbook (names masked; audited)', querystring: MovementQuery },
  }, async (request, reply) => {
    const actor = requireActor(request.actor);
    return sendListExport(services, actor, request.id, reply, movementsExport(services, actor, request.query as MovementQuery));
  });
}
