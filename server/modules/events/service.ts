import crypto from 'node:crypto';
import type { EventCreate, EventDetail, EventStatusChange, EventView } from '../../../common/contracts/field.ts';
import { canMoveEvent, type EventStatus } from '../../../common/field/event-status.ts';
import { PHOTO_LIMITS } from '../../../common/field/photos.ts';
import { checkEvent, checkText, TEXT_LIMITS } from '../../../common/field/rules.ts';
import { trimText } from '../../../common/text/rules.ts';
import type { EventCategory } from '../../../common/field/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import { GRID_LEVEL, isWithinScope, levelOfCode } from '../../../common/regions/codes.ts';
import { chinaDate } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { listRegion } from '../../core/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { toPage } from '../../lists/page.ts';
import { PhotoRejected, type PreparedPhoto } from '../../storage/photo-store.ts';
import { bumpCounters, recordWorkerActivity } from '../../core/counters.ts';
import type { CreateOutcome } from '../../core/create-once.ts';
import { resolvePlace } from '../regions/grid-resolution.ts';
import { auditEventStatus } from './audit.ts';
import { findEvent, insertEvent, insertPhotos, listEvents, photosOf, setStatus, statusHistory, type EventRow, type PhotoRow } from './store.ts';
import { announceChange } from '../../db/changes.ts';

export function toEventView(row: EventRow, photos: PhotoRow[]): EventView {
  return {
    id: row.id,
    category: row.category as EventCategory,
    description: row.description,
    occurredAt: row.occurred_at.toISOString(),
    lon: row.lon,
    lat: row.lat,
    grid: { code: row.grid_code, name: row.grid_name },
    needsReview: row.needs_review,
    reviewReason: row.review_reason,
    status: row.status as EventStatus,
    statusNote: row.status_note,
    reporterName: row.reporter_name,
    photos: photos.map((p) => ({ id: p.id, url: `/api/events/${row.id}/photos/${p.id}`, width: p.width, height: p.height, bytes: p.bytes })),
    createdAt: row.created_at.toISOString(),
  };
}

async function viewOf(db: Queryable, id: string): Promise<(EventView & { reportedBy: string }) | null> {
  const row = await findEvent(db, id);
  if (!row) return null;
  return { ...toEventView(row, (await photosOf(db, [id])).get(id) ?? []), reportedBy: row.reported_by };
}

/** An event the actor may see: inside their region, or reported by them. */
export async function eventVisibleTo(db: Queryable, actor: Actor, id: string): Promise<EventRow> {
  const row = await findEvent(db, id);
  if (!row || (!isWithinScope(row.grid_code, actor.scope) && row.reported_by !== actor.id)) throw new AppError('EVENT_NOT_FOUND');
  return row;
}

async function preparePhotos(services: AppServices, uploads: Buffer[]): Promise<PreparedPhoto[]> {
  if (uploads.length > PHOTO_LIMITS.maxPerEvent) throw new AppError('VALIDATION_FAILED', undefined, { photos: 'TOO_MANY_PHOTOS' });
  const prepared: PreparedPhoto[] = [];
  const problems: Record<string, string> = {};
  for (const [i, upload] of uploads.entries()) {
    try {
      prepared.push(await services.photos.prepare(upload));
    } catch (error) {
      if (!(error instanceof PhotoRejected)) throw error;
      problems[`photos.${i}`] = error.problem;
    }
  }
  if (Object.keys(problems).length > 0) throw new AppError('VALIDATION_FAILED', undefined, problems);
  return prepared;
}

/**
 * A report is placed in the grid its location falls in. Outside the reporter's own region it
 * is still accepted (a worker may see something next door) but flagged for a person to check.
 * Photos are written before the transaction and removed again if it does not commit.
 */
export async function createEvent(services: AppServices, actor: Actor, input: EventCreate, uploads: Buffer[], now = new Date()): Promise<CreateOutcome<EventView>> {
  const { database, locator, photos } = services;
  assertNoFieldErrors(checkEvent(input, now));
  const retried = await viewOf(database.db, input.id);
  if (retried) return answerRetry(retried, actor);
  const prepared = await preparePhotos(services, uploads);
  const place = await resolvePlace(database.db, locator, actor, { location: input.location }, { allowOutsideScope: true });
  const occurredAt = new Date(input.occurredAt);
  const saved: PhotoRow[] = [];
  try {
    for (const [position, photo] of prepared.entries()) {
      const id = crypto.randomUUID();
      const storageKey = await photos.save(id, photo, now);
      saved.push({ id, event_id: input.id, position, storage_key: storageKey, content_type: photo.contentType, bytes: photo.bytes, width: photo.width, height: photo.height, sha256: photo.sha256 });
    }
    const created = await database.transaction(async (tx) => {
      const inserted = await insertEvent(tx, {
        id: input.id, grid_code: place.gridCode, category: input.category, description: trimText(input.description), occurred_at: occurredAt,
        lon: place.lon!, lat: place.lat!, needs_review: place.outsideScope,
        review_reason: place.outsideScope ? 'outside_reporter_region' : null, reported_by: actor.id, created_at: now,
      });
      if (!inserted) return false;
      await insertPhotos(tx, saved);
      await bumpCounters(tx, [{ day: chinaDate(occurredAt), gridCode: place.gridCode, metric: METRICS.events, key: input.category }]);
      // A worker's day belongs to their own grid even when the report lands next door.
      const workerGrid = levelOfCode(actor.scope) === GRID_LEVEL ? actor.scope : place.gridCode;
      await recordWorkerActivity(tx, { workerId: actor.id, gridCode: workerGrid, at: now, tally: 'events', lon: place.lon, lat: place.lat });
      return true;
    });
    if (!created) {
      // A concurrent retry won the race: keep its photos, drop ours.
      await Promise.all(saved.map((p) => photos.remove(p.storage_key)));
      return answerRetry((await viewOf(database.db, input.id))!, actor);
    }
  } catch (error) {
    await Promise.all(saved.map((p) => photos.remove(p.storage_key).catch(() => {})));
    throw error;
  }
  const { reportedBy: _, ...view } = (await viewOf(database.db, input.id))!;
  return { created: true, value: view };
}

function answerRetry(existing: EventView & { reportedBy: string }, actor: Actor): CreateOutcome<EventView> {
  if (existing.reportedBy !== actor.id) throw new AppError('ID_IN_USE', undefined, { id: 'ID_IN_USE' });
  const { reportedBy: _, ...view } = existing;
  return { created: false, value: view };
}

export interface EventQuery {
  region?: string;
  category?: string;
  status?: string;
  needsReview?: boolean;
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

export async function listEventsVisible({ database }: AppServices, actor: Actor, q: EventQuery) {
  const region = listRegion(actor, q.region);
  if (region === null) return { items: [], total: 0 };
  const page = await listEvents(database.db, {
    scope: region,
    reporterId: q.region ? undefined : actor.id,
    category: q.category,
    status: q.status,
    needsReview: q.needsReview,
    from: q.from,
    to: q.to,
  }, q);
  const photos = await photosOf(database.db, page.rows.map((r) => r.id));
  return toPage(page, (r) => toEventView(r, photos.get(r.id) ?? []));
}

export async function changeEventStatus({ database }: AppServices, actor: Actor, id: string, change: EventStatusChange, now = new Date()): Promise<EventView> {
  const errors: Record<string, string> = {};
  checkText(errors, 'note', change.note, TEXT_LIMITS.note, false);
  assertNoFieldErrors(errors);
  await database.transaction(async (tx) => {
    const row = await eventVisibleTo(tx, actor, id);
    if (!isWithinScope(row.grid_code, actor.scope)) throw new AppError('OUT_OF_SCOPE');
    const from = row.status as EventStatus;
    const note = change.note ? trimText(change.note) || null : null;
    if (!canMoveEvent(from, change.status) || !(await setStatus(tx, id, { from, to: change.status, note, by: actor.id, at: now }))) {
      throw new AppError('INVALID_TRANSITION', `cannot move an event from ${from} to ${change.status}`, { status: 'INVALID_TRANSITION' });
    }
    await announceChange(tx, ['events'], [row.grid_code]);
    await auditEventStatus(tx, actor, { id, gridCode: row.grid_code }, { status: from, note: row.status_note }, { status: change.status, note });
  });
  const { reportedBy: _, ...view } = (await viewOf(database.db, id))!;
  return view;
}

export async function eventDetail({ database }: AppServices, actor: Actor, id: string): Promise<EventDetail> {
  const row = await eventVisibleTo(database.db, actor, id);
  const [photos, history] = await Promise.all([photosOf(database.db, [id]), statusHistory(database.db, id)]);
  return {
    event: toEventView(row, photos.get(id) ?? []),
    history: history.map((h) => ({ from: h.from_status as EventStatus, to: h.to_status as EventStatus, note: h.note, by: h.display_name, at: h.changed_at.toISOString() })),
  };
}

/** The stored file of one photo of an event the actor may see. */
export async function eventPhoto({ database }: AppServices, actor: Actor, eventId: string, photoId: string): Promise<PhotoRow> {
  await eventVisibleTo(database.db, actor, eventId);
  const photo = ((await photosOf(database.db, [eventId])).get(eventId) ?? []).find((p) => p.id === photoId);
  if (!photo) throw new AppError('NOT_FOUND', 'no such photo');
  return photo;
}
