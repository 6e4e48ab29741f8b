import { Type } from 'typebox';
import { EventDetail, EventQuery, EventStatusChange, EventView, Page } from '../contracts/field.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { endpoints, fileResponse } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });
const PhotoParams = Type.Object({ id: Uuid, photoId: Uuid });

export const eventEndpoints = endpoints({
  'POST /api/events': {
    operationId: 'createEvent', tag: 'events', permission: 'field.write',
    summary: 'Report an event (事件上报), with up to 3 photos',
    description: 'Either a JSON body (EventCreate) or multipart/form-data with a part `event` holding the EventCreate JSON and up to 3 file parts `photos` (JPEG, PNG or WebP, 5 MB each; stored re-encoded, without metadata). The grid comes from the location; a location outside the reporter\'s own region is accepted but flagged `needsReview`.',
    consumes: ['application/json', 'multipart/form-data'],
    response: { 200: EventView, 201: EventView, 409: ErrorResponse },
  },
  'GET /api/events': {
    operationId: 'listEvents', tag: 'events', permission: 'field.read',
    summary: 'Events in the caller\'s region (and the caller\'s own reports), newest first',
    query: EventQuery, response: { 200: Page(EventView) },
  },
  'GET /api/events/:id': {
    operationId: 'getEvent', tag: 'events', permission: 'field.read',
    summary: 'An event with its photos and status history',
    params: IdParams, response: { 200: EventDetail, 404: ErrorResponse },
  },
  'GET /api/events/:id/photos/:photoId': {
    operationId: 'getEventPhoto', tag: 'events', permission: 'field.read',
    summary: 'One photo of an event (JPEG)',
    params: PhotoParams, response: { 200: fileResponse('The photo', 'image/jpeg'), 404: ErrorResponse },
  },
  'POST /api/events/:id/status': {
    operationId: 'changeEventStatus', tag: 'events', permission: 'events.manage',
    summary: 'Move an event along its workflow (reported → accepted/rejected → resolved → closed)',
    params: IdParams, body: EventStatusChange, response: { 200: EventView, 404: ErrorResponse, 409: ErrorResponse },
  },
});
