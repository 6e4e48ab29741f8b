import type { FastifyReply } from 'fastify';
import { instructionEndpoints } from '../../../common/endpoints/instructions.ts';
import { AppError } from '../../core/errors.ts';
import { DOCUMENT_MAX_BYTES } from '../../storage/photo-store.ts';
import type { AppServices } from '../../core/services.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import { uploadedFile } from '../../http/upload.ts';
import { answerInstruction, inboxOf, readInstruction } from './inbox.ts';
import { fileOf, uploadFile } from './files.ts';
import { instructionDetail, listInstructions, sendInstruction, trackedInstruction } from './service.ts';
import { instructionProgress, instructionReceipts, remindInstruction, withdrawInstruction } from './tracking.ts';

export const instructionRoutes = endpointRoutes(instructionEndpoints, (services: AppServices) => ({
  'POST /api/instructions/files': {
    bodyLimit: DOCUMENT_MAX_BYTES + 64 * 1024,
    handler: async (request, reply) => reply.status(201).send(await uploadFile(services, requireActor(request.actor), await uploadedFile(request, {
      maxBytes: DOCUMENT_MAX_BYTES, what: 'file',
      tooLarge: () => new AppError('VALIDATION_FAILED', 'the file is larger than 10 MB', { file: 'PHOTO_TOO_LARGE' }),
    }))),
  },
  // A file, not the JSON the typed reply describes: the plain reply sends its bytes.
  'GET /api/instructions/:id/files/:fileId': async (request, reply: FastifyReply) => {
    const { id, fileId } = request.params;
    const actor = requireActor(request.actor);
    await trackedInstruction(services.database.db, actor, id);
    const file = await fileOf(services.database.db, id, fileId);
    if (!file) throw new AppError('NOT_FOUND', 'no such file');
    reply.header('cache-control', 'private, max-age=86400, immutable').type(file.content_type)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    return reply.send(services.photos.open(file.storage_key));
  },
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
