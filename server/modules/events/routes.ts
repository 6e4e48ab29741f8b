import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { EventCreate, EventDetail, EventQuery, EventStatusChange, EventView, Page } from '../../../common/contracts/field.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { PHOTO_LIMITS } from '../../../common/field/photos.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { AppError } from '../../core/errors.ts';
import { validateValue } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { changeEventStatus, createEvent, eventDetail, eventPhoto, listEventsVisible } from './service.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const PhotoParams = Type.Object({ id: Type.String({ format: 'uuid' }), photoId: Type.String({ format: 'uuid' }) });

/** multipart/form-data: a part `event` (JSON of EventCreate) and up to three file parts `photos`. */
async function readMultipartEvent(request: FastifyRequest): Promise<{ event: unknown; photos: Buffer[] }> {
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

export async function eventRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['events'];
  app.post('/api/events', {
    config: { permission: 'field.write' },
    bodyLimit: PHOTO_LIMITS.maxBytes * PHOTO_LIMITS.maxPerEvent + 64 * 1024,
    schema: {
      tags, summary: 'Report an event (事件上报), with up to 3 photos',
      description: 'Either a JSON body (EventCreate) or multipart/form-data with a part `event` holding the EventCreate JSON and up to 3 file parts `photos` (JPEG, PNG or WebP, 5 MB each; stored re-encoded, without metadata). The grid comes from the location; a location outside the reporter\'s own region is accepted but flagged `needsReview`.',
      consumes: ['application/json', 'multipart/form-data'],
      response: { 200: EventView, 201: EventView, 409: ErrorResponse, ...commonErrors },
    },
  }, async (request, reply) => {
    const actor = requireActor(request.actor);
    const { event, photos } = request.isMultipart() ? await readMultipartEvent(request) : { event: request.body, photos: [] };
    const input = validateValue<EventCreate>(EventCreate, event);
    return sendCreated(reply, await createEvent(services, actor, input, photos));
  });

  app.get('/api/events', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'Events in the caller\'s region (and the caller\'s own reports), newest first', querystring: EventQuery, response: { 200: Page(EventView), ...commonErrors } },
  }, async (request) => listEventsVisible(services, requireActor(request.actor), request.query as { offset: number; limit: number }));

  app.get('/api/events/:id', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'An event with its photos and status history', params: IdParams, response: { 200: EventDetail, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => eventDetail(services, requireActor(request.actor), (request.params as { id: string }).id));

  app.get('/api/events/:id/photos/:photoId', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'One photo of an event (JPEG)', params: PhotoParams },
  }, async (request, reply) => {
    const { id, photoId } = request.params as { id: string; photoId: string };
    const photo = await eventPhoto(services, requireActor(request.actor), id, photoId);
    reply.header('cache-control', 'private, max-age=86400, immutable').type(photo.content_type);
    return reply.send(services.photos.open(photo.storage_key));
  });

  app.post('/api/events/:id/status', {
    config: { permission: 'events.manage' },
    schema: { tags, summary: 'Move an event along its workflow (reported → accepted/rejected → resolved → closed)', params: IdParams, body: EventStatusChange, response: { 200: EventView, 404: ErrorResponse, 409: ErrorResponse, ...commonErrors } },
  }, async (request) => changeEventStatus(services, requireActor(request.actor), (request.params as { id: string }).id, request.body as EventStatusChange));
}
