import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DispatchBody, EventRequestCreate, EventRequestDecision, VerifyBody } from '../../../../common/contracts/dispatch.ts';
import { api, apiUrl, type ApiResponse } from '../../../lib/api.ts';
import { send } from '../field/download.ts';

/** Every query of the module starts so (the list kit's keys too): a step re-reads the open event, the lists and the statistics. */
const EVENTS_KEY = ['events'] as const;

export function useEventDetail(id: string | null) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'detail', id],
    queryFn: () => api('GET /api/events/:id', { params: { id: id! } }),
    enabled: id !== null,
  });
}

/** The departments an event of this grid may go to (those whose region holds it), nearest first as the server orders them. */
export function useServingDepartments(gridCode: string) {
  return useQuery({
    queryKey: ['departments', 'serving', gridCode],
    queryFn: () => api('GET /api/departments', { query: { serving: gridCode } }),
  });
}

export function useNearbyWorkers(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'nearby', eventId],
    queryFn: () => api('GET /api/events/:id/nearby-workers', { params: { id: eventId } }),
    enabled,
  });
}

/** What an officer or an assignee does with an event; each answers the event as it now is. */
export type EventStep =
  | { action: 'accept' | 'close'; note?: string }
  | { action: 'reject'; note: string }
  | { action: 'dispatch'; body: DispatchBody }
  | { action: 'handle'; note: string; photos: readonly File[] }
  | { action: 'return'; reason: string }
  | { action: 'verify'; body: VerifyBody }
  | { action: 'request'; body: EventRequestCreate }
  | { action: 'decide'; requestId: string; body: EventRequestDecision }
  | { action: 'resume' };

type HandleAnswer = ApiResponse<'POST /api/events/:id/handle'>;

/** Handling goes as the field app sends a report: a `handle` part with its JSON, then the photos. */
async function handle(id: string, note: string, photos: readonly File[]): Promise<HandleAnswer> {
  const body = new FormData();
  body.append('handle', JSON.stringify({ note }));
  for (const photo of photos) body.append('photos', photo, photo.name);
  const response = await send(apiUrl('POST /api/events/:id/handle', { params: { id } }), { method: 'POST', headers: { accept: 'application/json' }, body });
  return (await response.json()) as HandleAnswer;
}

const withNote = (note: string | undefined) => (note ? { note } : {});

/** The event as the step left it, or the request an assignee made. */
type StepAnswer = HandleAnswer | ApiResponse<'POST /api/events/:id/requests'>;

function takeStep(id: string, step: EventStep): Promise<StepAnswer> {
  const params = { id };
  switch (step.action) {
    case 'accept': return api('POST /api/events/:id/accept', { params, body: withNote(step.note) });
    case 'close': return api('POST /api/events/:id/close', { params, body: withNote(step.note) });
    case 'reject': return api('POST /api/events/:id/reject', { params, body: { note: step.note } });
    case 'dispatch': return api('POST /api/events/:id/dispatch', { params, body: step.body });
    case 'handle': return handle(id, step.note, step.photos);
    case 'return': return api('POST /api/events/:id/return', { params, body: { reason: step.reason } });
    case 'verify': return api('POST /api/events/:id/verify', { params, body: step.body });
    case 'request': return api('POST /api/events/:id/requests', { params, body: step.body });
    case 'decide': return api('POST /api/events/:id/requests/:requestId/decision', { params: { id, requestId: step.requestId }, body: step.body });
    case 'resume': return api('POST /api/events/:id/resume', { params });
  }
}

export function useEventStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: EventStep) => takeStep(id, step),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}
