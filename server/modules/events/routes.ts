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
import type { TSchema } from 'typebox';
import { HandleBody } from '../../../common/contracts/dispatch.ts';
import { nearbyWorkers } from './nearby.ts';
import { preparePhotos, type PreparedUploads } from './photos.ts';
import { decideRequest, requestChange, resumeEvent } from './requests.ts';
import { createEvent, eventDetail, eventPhoto, listEventsVisible } from './service.ts';
import { dispatchStats } from './stats.ts';
import { acceptEvent, closeEvent, dispatchEvent, handleEvent, rejectEvent, returnEvent, verifyEvent } from './steps.ts';

/** multipart/form-data: a part named `jsonPart` (its JSON body) and up to three file parts `photos`. */
async function readMultipart(request: Pick<FastifyRequest, 'parts'>, jsonPart: string): Promise<{ json: unknown; photos: Buffer[] }> {
  let json: unknown;
  const photos: Buffer[] = [];
  try {
    for await (const part of request.parts({ limits: { fileSize: PHOTO_LIMITS.maxBytes, files: PHOTO_LIMITS.maxPerEvent, fields: 2, parts: PHOTO_LIMITS.maxPerEvent + 2 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'photos') throw new AppError('VALIDATION_FAILED', undefined, { [part.fieldname]: 'is not allowed' });
        photos.push(await (part as MultipartFile).toBuffer());
      } else if (part.fieldname === jsonPart) {
        try {
          json = JSON.parse(String(part.value));
        } catch {
          throw new AppError('VALIDATION_FAILED', undefined, { [jsonPart]: 'is not valid JSON' });
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
  if (json === undefined) throw new AppError('VALIDATION_FAILED', undefined, { [jsonPart]: 'is required' });
  return { json, photos };
}

/** A JSON body, or the multipart form with photos; the body checked against its schema, the photos re-encoded. */
async function bodyWithPhotos<T>(services: AppServices, request: FastifyRequest, jsonPart: string, schema: TSchema): Promise<{ input: T; photos: PreparedUploads }> {
  const { json, photos } = request.isMultipart() ? await readMultipart(request, jsonPart) : { json: request.body, photos: [] };
  const input = validateValue<T>(schema, json);
  return { input, photos: await preparePhotos(services, photos) };
}

const withPhotos = { bodyLimit: PHOTO_LIMITS.maxBytes * PHOTO_LIMITS.maxPerEvent + 64 * 1024 };

export const eventRoutes = endpointRoutes(eventEndpoints, (services: AppServices) => ({
  'POST /api/events': {
    ...withPhotos,
    handler: async (request, reply) => {
      const actor = requireActor(request.actor);
      const { input, photos } = await bodyWithPhotos<EventCreate>(services, request, 'event', EventCreate);
      return sendCreated(reply, await createEvent(services, actor, input, photos));
    },
  },
  'GET /api/events': async (request) => listEventsVisible(services, requireActor(request.actor), request.query),
  'GET /api/events/stats': async (request) => dispatchStats(services, requireActor(request.actor), request.query),
  'GET /api/events/:id': async (request) => eventDetail(services, requireActor(request.actor), request.params.id),
  // A file, not the JSON the typed reply describes: the plain reply sends its bytes.
  'GET /api/events/:id/photos/:photoId': async (request, reply: FastifyReply) => {
    const { id, photoId } = request.params;
    const photo = await eventPhoto(services, requireActor(request.actor), id, photoId);
    reply.header('cache-control', 'private, max-age=86400, immutable').type(photo.content_type);
    return reply.send(services.photos.open(photo.storage_key));
  },
  'POST /api/events/:id/accept': async (request) => acceptEvent(services, requireActor(request.actor), request.params.id, request.body),
  'POST /api/events/:id/reject': async (request) => rejectEvent(services, requireActor(request.actor), request.params.id, request.body),
  'POST /api/events/:id/dispatch': async (request) => dispatchEvent(services, requireActor(request.actor), request.params.id, request.body),
  'POST /api/events/:id/handle': {
    ...withPhotos,
    handler: async (request) => {
      const actor = requireActor(request.actor);
      const { input, photos } = await bodyWithPhotos<HandleBody>(services, request, 'handle', HandleBody);
      return handleEvent(services, actor, request.params.id, input, photos);
    },
  },
  'POST /api/events/:id/return': async (request) => returnEvent(services, requireActor(request.actor), request.params.id, request.body),
  'POST /api/events/:id/verify': async (request) => verifyEvent(services, requireActor(request.actor), request.params.id, request.body),
  'POST /api/events/:id/close': async (request) => closeEvent(services, requireActor(request.actor), request.params.id, request.body),
  'POST /api/events/:id/resume': async (request) => resumeEvent(services, requireActor(request.actor), request.params.id),
  'POST /api/events/:id/requests': async (request, reply) => reply.status(201).send(await requestChange(services, requireActor(request.actor), request.params.id, request.body)),
  'POST /api/events/:id/requests/:requestId/decision': async (request) =>
    decideRequest(services, requireActor(request.actor), request.params.id, request.params.requestId, request.body),
  'GET /api/events/:id/nearby-workers': async (request) => nearbyWorkers(services, requireActor(request.actor), request.params.id),
}));
