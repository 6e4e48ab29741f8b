import { instructionEndpoints } from '../../../common/endpoints/instructions.ts';
import type { AppServices } from '../../core/services.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import { answerInstruction, inboxOf, readInstruction } from './inbox.ts';
import { instructionDetail, listInstructions, sendInstruction } from './service.ts';
import { instructionProgress, instructionReceipts, remindInstruction, withdrawInstruction } from './tracking.ts';

export const instructionRoutes = endpointRoutes(instructionEndpoints, (services: AppServices) => ({
  'POST /api/instructions': async (request, reply) => sendCreated(reply, await sendInstruction(services, requireActor(request.actor), request.body)),
  'GET /api/instructions': async (request) => listInstructions(services, requireActor(request.actor), request.query),
  'GET /api/instructions/inbox': async (request) => inboxOf(services, requireActor(request.actor)),
  'GET /api/instructions/:id': async (request) => instructionDetail(services, requireActor(request.actor), request.params.id),
  'GET /api/instructions/:id/progress': async (request) => instructionProgress(services, requireActor(request.actor), request.params.id, request.query.region),
  'GET /api/instructions/:id/receipts': async (request) => instructionReceipts(services, requireActor(request.actor), request.params.id, request.query),
  'POST /api/instructions/:id/read': async (request) => readInstruction(services, requireActor(request.actor), request.params.id),
  'POST /api/instructions/:id/feedback': async (request, reply) => sendCreated(reply, await answerInstruction(services, requireActor(request.actor), request.params.id, request.body)),
  'POST /api/instructions/:id/remind': async (request) => remindInstruction(services, requireActor(request.actor), request.params.id, request.body.region),
  'POST /api/instructions/:id/withdraw': async (request) => withdrawInstruction(services, requireActor(request.actor), request.params.id, request.body.reason),
}));
