import type { EventCreate, EventDetail, EventView } from '../../../common/contracts/field.ts';
import type { EventRequestKind } from '../../../common/events/vocabulary.ts';
import type { EventStatus } from '../../../common/events/workflow.ts';
import { checkEvent } from '../../../common/field/rules.ts';
import { trimText } from '../../../common/text/rules.ts';
import { METRICS } from '../../../common/metrics.ts';
import { GRID_LEVEL, levelOfCode } from '../../../common/regions/codes.ts';
import { chinaDate } from '../../../common/time.ts';
import { listRegion } from '../../core/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { toPage } from '../../lists/page.ts';
import { bumpCounters, recordWorkerActivity } from '../../core/counters.ts';
import type { CreateOutcome } from '../../core/create-once.ts';
import { resolvePlace } from '../regions/grid-resolution.ts';
import { announceChange } from '../../db/changes.ts';
import { stepDueAt } from './clock.ts';
import { savePhotos, type PreparedUploads } from './photos.ts';
import { eventVisibleTo, viewFor } from './read.ts';
import { findEvent, insertEvent, listEvents, photosOf, requestsOf, statusHistory, type PhotoRow } from './store.ts';
import { toEventView } from './view.ts';

/**
 * A report is placed in the grid its location falls in. Outside the reporter's own region it
 * is still accepted (a worker may see something next door) but flagged for a person to check.
 * Its first step's clock (立案派遣, or 核查 when handled on the spot) starts when it reaches the server.
 */
export async function createEvent(services: AppServices, actor: Actor, input: EventCreate, uploads: PreparedUploads, now = new Date()): Promise<CreateOutcome<EventView>> {
  const { database, locator } = services;
  assertNoFieldErrors(checkEvent(input, now));
  const retried = await findEvent(database.db, input.id);
  if (retried) return answerRetry(services, actor, retried.reported_by, input.id, now);
  const place = await resolvePlace(database.db, locator, actor, { location: input.location }, { allowOutsideScope: true });
  const occurredAt = new Date(input.occurredAt);
  const priority = input.priority ?? 'normal';
  const onSpot = input.handledOnSpot === true;
  const created = await savePhotos(services, input.id, uploads, now, (stageOf) => database.transaction(async (tx) => {
    const dueAt = await stepDueAt(tx, { grid_code: place.gridCode, category: input.category, priority }, onSpot ? 'verify' : 'dispatch', now);
    const inserted = await insertEvent(tx, {
      id: input.id, grid_code: place.gridCode, category: input.category, description: trimText(input.description), occurred_at: occurredAt,
      lon: place.lon!, lat: place.lat!, needs_review: place.outsideScope,
      review_reason: place.outsideScope ? 'outside_reporter_region' : null, reported_by: actor.id, created_at: now,
      priority, source: levelOfCode(actor.scope) === GRID_LEVEL ? 'field' : 'office',
      status: onSpot ? 'handled' : 'reported', handled_on_spot: onSpot, handled_at: onSpot ? now : null,
      step_started_at: now, step_due_at: dueAt,
    });
    if (!inserted) return false;
    await stageOf(tx, 'report');
    await bumpCounters(tx, [{ day: chinaDate(occurredAt), gridCode: place.gridCode, metric: METRICS.events, key: input.category }]);
    // A worker's day belongs to their own grid even when the report lands next door.
    const workerGrid = levelOfCode(actor.scope) === GRID_LEVEL ? actor.scope : place.gridCode;
    await recordWorkerActivity(tx, { workerId: actor.id, gridCode: workerGrid, at: now, tally: 'events', lon: place.lon, lat: place.lat });
    if (onSpot) await announceChange(tx, ['events'], [place.gridCode]);
    return true;
  }));
  // A concurrent retry won the race: its photos stay, ours were dropped.
  if (!created) return answerRetry(services, actor, (await findEvent(database.db, input.id))!.reported_by, input.id, now);
  return { created: true, value: await viewFor(services, actor, input.id, now) };
}

async function answerRetry(services: AppServices, actor: Actor, reportedBy: string, id: string, now: Date): Promise<CreateOutcome<EventView>> {
  if (reportedBy !== actor.id) throw new AppError('ID_IN_USE', undefined, { id: 'ID_IN_USE' });
  return { created: false, value: await viewFor(services, actor, id, now) };
}

export interface EventQuery {
  region?: string;
  category?: string;
  status?: string;
  needsReview?: boolean;
  from?: string;
  to?: string;
  priority?: string;
  step?: string;
  overdue?: boolean;
  assigned?: 'me';
  supervised?: boolean;
  departmentId?: string;
  offset: number;
  limit: number;
  cursor?: string;
}

export async function listEventsVisible({ database }: AppServices, actor: Actor, q: EventQuery, now = new Date()) {
  const region = listRegion(actor, q.region);
  if (region === null && !q.assigned) return { items: [], total: 0 };
  const page = await listEvents(database.db, {
    scope: region ?? actor.scope,
    reporterId: q.region || q.supervised ? undefined : actor.id,
    assignee: q.assigned ? { userId: actor.id, departmentId: actor.departmentId ?? null } : undefined,
    supervised: q.supervised,
    category: q.category,
    status: q.status,
    priority: q.priority,
    step: q.step,
    overdueAt: q.overdue ? now : undefined,
    departmentId: q.departmentId,
    needsReview: q.needsReview,
    from: q.from,
    to: q.to,
  }, q);
  const photos = await photosOf(database.db, page.rows.map((r) => r.id));
  return toPage(page, (r) => toEventView(r, photos.get(r.id) ?? [], actor, now));
}

export async function eventDetail({ database }: AppServices, actor: Actor, id: string, now = new Date()): Promise<EventDetail> {
  const row = await eventVisibleTo(database.db, actor, id);
  const [photos, history, requests] = await Promise.all([photosOf(database.db, [id]), statusHistory(database.db, id), requestsOf(database.db, id)]);
  return {
    event: toEventView(row, photos.get(id) ?? [], actor, now),
    history: history.map((h) => ({
      from: h.from_status as EventStatus, to: h.to_status as EventStatus, action: h.action, note: h.note, by: h.display_name,
      at: h.changed_at.toISOString(), assignee: h.assignee_name, dueAt: h.due_at?.toISOString() ?? null,
    })),
    requests: requests.map((r) => ({
      id: r.id, kind: r.kind as EventRequestKind, reason: r.reason, minutes: r.minutes, requestedBy: r.requester_name,
      requestedAt: r.requested_at.toISOString(), decidedBy: r.decider_name, decidedAt: r.decided_at?.toISOString() ?? null,
      approved: r.approved, decisionNote: r.decision_note,
    })),
  };
}

/** The stored file of one photo of an event the actor may see. */
export async function eventPhoto({ database }: AppServices, actor: Actor, eventId: string, photoId: string): Promise<PhotoRow> {
  await eventVisibleTo(database.db, actor, eventId);
  const photo = ((await photosOf(database.db, [eventId])).get(eventId) ?? []).find((p) => p.id === photoId);
  if (!photo) throw new AppError('NOT_FOUND', 'no such photo');
  return photo;
}

