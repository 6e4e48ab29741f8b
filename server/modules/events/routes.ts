import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EventCreate } from '../../../common/contracts/field.ts';
import { eventEndpoints } from '../../../common/endpoints/events.ts';
import { PHOTO_LIMITS } from '../../../common/field/photos.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import { AppError } from '../../core/errors.ts';
import { validateValue } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { changeEventStatus, createEvent, eventDetail, eventPhoto, listEventsVisible } from './service.ts';

/** multipart/form-data: a part `event` (JSON of EventCreate) and up to three file parts `photos`. */
async function readMultipartEvent(request: Pick<FastifyRequest, 'parts'>): Promise<{ event: unknown; photos: Buffer[] }> {
  let event: unknown;
  const photos: Buffer[] = [];
  try {
    for await (const part of request.parts({ limits: { fileSize: PHOTO_LIMITS.maxBytes, files: PHOTO_LIMITS.maxPerEvent, fields: 2, parts: PHOTO_LIMITS.maxPerEvent + 2 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'photos') throw new AppError('VALIDATION_FAILED', undefined, { [part.fieldname]: 'is not allowed' });
        photos.push(await (part as MultipartFile).toBuffer());
      } else if (part.fieldname === 'event') {
        try {
          event = JSON.parse(String(part.value));
        } catch {
          throw new AppError('VALIDATION_FAILED', undefined, { event: 'is not valid JSON' });
        }
      } else {
        throw new AppError('VALIDATION_FAILED', undefined, { [part.fieldname]: 'is not allowed' });
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('VALIDATION_FAILED', undefined, { [`photos.${photos.length}`]: 'PHOTO_TOO_LARGE' });
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') throw new AppError('VALIDATION_FAILED', undefined, { photos: 'TOO_MANY_PHOTOS' });
    throw error;
  }
  if (event === undefined) throw new AppError('VALIDATION_FAILED', undefined, { event: 'is required' });
  return { event, photos };
}

export const eventRoutes = endpointRoutes(eventEndpoints, (services: AppServices) => ({
  'POST /api/events': {
    bodyLimit: PHOTO_LIMITS.maxBytes * PHOTO_LIMITS.maxPerEvent + 64 * 1024,
    handler: async (request, reply) => {
      const actor = requireActor(request.actor);
      const { event, photos } = request.isMultipart() ? await readMultipartEvent(request) : { event: request.body, photos: [] };
      const input = validateValue<EventCreate>(EventCreate, event);
      return sendCreated(reply, await createEvent(services, actor, input, photos));
    },
  },
  'GET /api/events': async (request) => listEventsVisible(services, requireActor(request.actor), request.query),
  'GET /api/events/:id': async (request) => eventDetail(services, requireActor(request.actor), request.params.id),
  // A file, not the JSON the typed reply describes: the plain reply sends its bytes.
  'GET /api/events/:id/photos/:photoId': async (request, reply: FastifyReply) => {
    const { id, photoId } = request.params;
    const photo = await eventPhoto(services, requireActor(request.actor), id, photoId);
    reply.header('cache-control', 'private, max-age=86400, immutable').type(photo.content_type);
    return reply.send(services.photos.open(photo.storage_key));
  },
  'POST /api/events/:id/status': async (request) => changeEventStatus(services, requireActor(request.actor), request.params.id, request.body),
}));
