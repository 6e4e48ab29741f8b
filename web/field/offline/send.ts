import { ApiError, apiUrl, toApiError } from '../../lib/api.ts';
import { loadPhoto } from './photos.ts';
import { parseRetryAfter } from './plan.ts';
import type { OutboxItem } from './outbox-types.ts';

/**
 * Where each kind goes. Every create is idempotent by its id; the end of a shift by the shift; a warning's verification and an event's handling answer 409 once done (see plan.ts `settledBy`);
 * reading a task or notifications again changes nothing. The body is also handed to apiUrl so the declaration checks it is the endpoint's;
 * `undefined` for an endpoint that takes none.
 */
function target(item: OutboxItem): { url: string; body: unknown } {
  switch (item.kind) {
    case 'household': return { url: apiUrl('POST /api/households', { body: item.payload }), body: item.payload };
    case 'person': return { url: apiUrl('POST /api/persons', { body: item.payload }), body: item.payload };
    case 'movement': return { url: apiUrl('POST /api/movements', { body: item.payload }), body: item.payload };
    case 'visit': return { url: apiUrl('POST /api/visits', { body: item.payload }), body: item.payload };
    // Declared without a JSON body: it may come as multipart.
    case 'event': return { url: apiUrl('POST /api/events'), body: item.payload };
    case 'shiftStart': return { url: apiUrl('POST /api/duty/shifts', { body: item.payload }), body: item.payload };
    case 'shiftEnd': {
      const body = { endedAt: item.payload.endedAt };
      return { url: apiUrl('POST /api/duty/shifts/:id/end', { params: { id: item.payload.shiftId }, body }), body };
    }
    case 'heartbeat': return { url: apiUrl('POST /api/heartbeats', { body: item.payload }), body: item.payload };
    case 'warningVerify': {
      const { outcome, note } = item.payload;
      const body = note ? { outcome, note } : { outcome };
      return { url: apiUrl('POST /api/warnings/:id/verify', { params: { id: item.payload.warningId }, body }), body };
    }
    case 'instructionRead': return { url: apiUrl('POST /api/instructions/:id/read', { params: { id: item.payload.instructionId } }), body: undefined };
    case 'instructionFeedback': {
      const { id, text, values } = item.payload;
      const body = { id, ...(text !== undefined ? { text } : {}), ...(values !== undefined ? { values } : {}) };
      return { url: apiUrl('POST /api/instructions/:id/feedback', { params: { id: item.payload.instructionId }, body }), body };
    }
    case 'notificationRead': {
      const body = { ids: item.payload.ids };
      return { url: apiUrl('POST /api/notifications/read', { body }), body };
    }
    // Declared without a JSON body: it may come as multipart.
    case 'eventHandle': return { url: apiUrl('POST /api/events/:id/handle', { params: { id: item.payload.eventId } }), body: { note: item.payload.note } };
  }
}

/** The JSON part of each kind that may carry photos. */
const JSON_PART = { event: 'event', eventHandle: 'handle' } as const;
type WithPhotos = OutboxItem & { kind: keyof typeof JSON_PART };

function carriesPhotos(item: OutboxItem): item is WithPhotos {
  return (item.kind === 'event' || item.kind === 'eventHandle') && item.photoIds.length > 0;
}

/** A report or a handling with photos goes as multipart: its JSON part (`event`, `handle`) first, then up to three `photos`. */
async function multipart(item: WithPhotos, body: unknown): Promise<FormData> {
  const form = new FormData();
  form.append(JSON_PART[item.kind], JSON.stringify(body));
  let index = 0;
  for (const photoId of item.photoIds) {
    const photo = await loadPhoto(photoId);
    // A photo the browser evicted cannot be sent; the report itself still can.
    if (photo) form.append('photos', photo.blob, `photo-${++index}.jpg`);
  }
  return form;
}

export interface SendResult {
  status: number;
  body: unknown;
}

/** A request with no answer by then is treated as lost (and retried): photos on a slow line get longer. */
const TIMEOUT_MS = { json: 30_000, photos: 120_000 } as const;

/** Sends one item. Throws ApiError: status 0 when no answer came (offline, timeout). */
export async function sendItem(item: OutboxItem): Promise<SendResult> {
  const { url, body } = target(item);
  const withPhotos = carriesPhotos(item);
  // A JSON content type with no body is refused by the server: a bodiless POST says neither.
  const json = !withPhotos && body !== undefined;
  const init: RequestInit = {
    method: 'POST',
    credentials: 'same-origin',
    headers: json ? { accept: 'application/json', 'content-type': 'application/json' } : { accept: 'application/json' },
    body: withPhotos ? await multipart(item, body) : json ? JSON.stringify(body) : null,
    signal: AbortSignal.timeout(withPhotos ? TIMEOUT_MS.photos : TIMEOUT_MS.json),
  };
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) {
    const error = await toApiError(response);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    if (retryAfterMs > 0) error.extra.retryAfterMs = retryAfterMs;
    throw error;
  }
  return { status: response.status, body: await response.json().catch(() => null) };
}
