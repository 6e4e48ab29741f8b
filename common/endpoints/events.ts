import { Type } from 'typebox';
import {
  AcceptBody, CloseBody, DispatchBody, DispatchStats, DispatchStatsQuery, EventRequestCreate, EventRequestDecision, EventRequestView,
  NearbyWorkers, RejectBody, ReturnBody, VerifyBody,
} from '../contracts/dispatch.ts';
import { EventDetail, EventQuery, EventView, Page } from '../contracts/field.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { endpoints, fileResponse } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });
const PhotoParams = Type.Object({ id: Uuid, photoId: Uuid });
const RequestParams = Type.Object({ id: Uuid, requestId: Uuid });
const stepAnswers = { 200: EventView, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse } as const;

export const eventEndpoints = endpoints({
  'POST /api/events': {
    operationId: 'createEvent', tag: 'events', permission: 'field.write',
    summary: 'Report an event (事件上报), with up to 3 photos',
    description: 'Either a JSON body (EventCreate) or multipart/form-data with a part `event` holding the EventCreate JSON and up to 3 file parts `photos` (JPEG, PNG or WebP, 5 MB each; stored re-encoded, without metadata). The grid comes from the location; a location outside the reporter\'s own region is accepted but flagged `needsReview`. With `handledOnSpot` the event starts handled (自行处置) and waits for verification.',
    consumes: ['application/json', 'multipart/form-data'],
    response: { 200: EventView, 201: EventView, 409: ErrorResponse },
  },
  'GET /api/events': {
    operationId: 'listEvents', tag: 'events', permission: 'field.read',
    summary: 'Events in the caller\'s region (and the caller\'s own reports), newest first; or those dispatched to the caller (`assigned=me`) or under the caller\'s supervision (`supervised=true`)',
    query: EventQuery, response: { 200: Page(EventView) },
  },
  'GET /api/events/stats': {
    operationId: 'getDispatchStats', tag: 'events', permission: 'events.manage',
    summary: 'Dispatch statistics (立案数, 按时立案率, 派遣数, 准确派遣率, 按期处置率, 结案率, 按期结案率, 返工率…) of the events that occurred in a period, by child region, department, category, source, day or month',
    query: DispatchStatsQuery, response: { 200: DispatchStats, 403: ErrorResponse },
  },
  'GET /api/events/:id': {
    operationId: 'getEvent', tag: 'events', permission: 'field.read',
    summary: 'An event with its photos, step history and requests',
    params: IdParams, response: { 200: EventDetail, 404: ErrorResponse },
  },
  'GET /api/events/:id/photos/:photoId': {
    operationId: 'getEventPhoto', tag: 'events', permission: 'field.read',
    summary: 'One photo of an event (JPEG)',
    params: PhotoParams, response: { 200: fileResponse('The photo', 'image/jpeg'), 404: ErrorResponse },
  },
  'POST /api/events/:id/accept': {
    operationId: 'acceptEvent', tag: 'events', permission: 'events.manage',
    summary: 'Accept a reported event (立案)', params: IdParams, body: AcceptBody, response: stepAnswers,
  },
  'POST /api/events/:id/reject': {
    operationId: 'rejectEvent', tag: 'events', permission: 'events.manage',
    summary: 'Reject an event as invalid (不予立案), with the reason', params: IdParams, body: RejectBody, response: stepAnswers,
  },
  'POST /api/events/:id/dispatch': {
    operationId: 'dispatchEvent', tag: 'events', permission: 'events.manage',
    summary: 'Dispatch an event (派遣) to a department or a person; accepts it first if it was only reported',
    description: 'The department\'s region, or the person\'s, must hold the event\'s grid; the department must lie inside the caller\'s region or above it, the person inside it. The handling deadline comes from the time limits.',
    params: IdParams, body: DispatchBody, response: stepAnswers,
  },
  'POST /api/events/:id/handle': {
    operationId: 'handleEvent', tag: 'events', permission: 'events.handle',
    summary: 'Report an event handled (处置) by its assignee, with a note and up to 3 photos',
    description: 'A JSON body (HandleBody), or multipart/form-data with a part `handle` holding its JSON and up to 3 file parts `photos`.',
    consumes: ['application/json', 'multipart/form-data'],
    params: IdParams, response: stepAnswers,
  },
  'POST /api/events/:id/return': {
    operationId: 'returnEvent', tag: 'events', permission: 'events.handle',
    summary: 'Return an event to its dispatcher (退回): the assignee cannot handle it', params: IdParams, body: ReturnBody, response: stepAnswers,
  },
  'POST /api/events/:id/verify': {
    operationId: 'verifyEvent', tag: 'events', permission: 'events.handle',
    summary: 'Verify the handling (核查), by the dispatcher, an office of the region or the reporting worker; a failed verification sends it back to the assignee',
    params: IdParams, body: VerifyBody, response: stepAnswers,
  },
  'POST /api/events/:id/close': {
    operationId: 'closeEvent', tag: 'events', permission: 'events.manage',
    summary: 'Close a verified event (结案)', params: IdParams, body: CloseBody, response: stepAnswers,
  },
  'POST /api/events/:id/resume': {
    operationId: 'resumeEvent', tag: 'events', permission: 'events.manage',
    summary: 'End a suspension (缓办): the step\'s clock runs again with the time it had left', params: IdParams, response: stepAnswers,
  },
  'POST /api/events/:id/requests': {
    operationId: 'requestEventChange', tag: 'events', permission: 'events.handle',
    summary: 'Ask the dispatcher for an extension (延期), a suspension (缓办) or to void the event (作废); one open request at a time',
    params: IdParams, body: EventRequestCreate, response: { 201: EventRequestView, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
  },
  'POST /api/events/:id/requests/:requestId/decision': {
    operationId: 'decideEventRequest', tag: 'events', permission: 'events.manage',
    summary: 'Approve or refuse an assignee\'s request',
    params: RequestParams, body: EventRequestDecision, response: stepAnswers,
  },
  'GET /api/events/:id/nearby-workers': {
    operationId: 'listNearbyWorkers', tag: 'events', permission: 'events.manage',
    summary: 'Grid workers nearest to an event by their latest position (应急调度), on duty first',
    params: IdParams, response: { 200: NearbyWorkers, 404: ErrorResponse },
  },
});
