import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { HeartbeatCreate, HeartbeatView, ShiftEnd, ShiftStart, ShiftView } from '../../../common/contracts/field.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { endShift, recordHeartbeat, startShift } from './service.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function dutyRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['duty'];
  app.post('/api/duty/shifts', {
    config: { permission: 'field.write' },
    schema: { tags, summary: 'Check in to checkpoint duty (卡点值班); 409 ALREADY_ON_DUTY with a shift open', body: ShiftStart, response: { 200: ShiftView, 201: ShiftView, 409: ErrorResponse, ...commonErrors } },
  }, async (request, reply) => sendCreated(reply, await startShift(services, requireActor(request.actor), request.body as ShiftStart)));

  app.post('/api/duty/shifts/:id/end', {
    config: { permission: 'field.write' },
    schema: { tags, summary: 'Check out; ending an ended shift answers it unchanged', params: IdParams, body: ShiftEnd, response: { 200: ShiftView, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => endShift(services, requireActor(request.actor), (request.params as { id: string }).id, (request.body as { endedAt: string }).endedAt));

  app.post('/api/heartbeats', {
    config: { permission: 'field.write' },
    schema: { tags, summary: 'A location while on duty (only then); 409 NOT_ON_DUTY otherwise', body: HeartbeatCreate, response: { 200: HeartbeatView, 201: HeartbeatView, 409: ErrorResponse, ...commonErrors } },
  }, async (request, reply) => sendCreated(reply, await recordHeartbeat(services, requireActor(request.actor), request.body as HeartbeatCreate)));
}
