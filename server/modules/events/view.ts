import type { EventView } from '../../../common/contracts/field.ts';
import type { EventPriority, EventSource } from '../../../common/events/vocabulary.ts';
import { canTake, stepOf, type EventAction, type EventStatus } from '../../../common/events/workflow.ts';
import type { EventCategory } from '../../../common/field/vocabulary.ts';
import { can } from '../../../common/permissions.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import type { Actor } from '../../core/actor.ts';
import type { EventRow, PhotoRow } from './store.ts';

/** Beyond the steps: ask the dispatcher (request), decide on a request, end a suspension. */
export type EventActOption = EventAction | 'request' | 'decide' | 'resume';

export function isAssignee(actor: Actor, row: EventRow): boolean {
  return row.assigned_user_id === actor.id || (!!actor.departmentId && row.assigned_department_id === actor.departmentId);
}

/** An office of the event's region may run its loop. */
export function manages(actor: Actor, row: EventRow): boolean {
  return can(actor.role, 'events.manage') && isWithinScope(row.grid_code, actor.scope);
}

/**
 * Who may verify the handling: the dispatcher, an office of the region, or the worker who
 * reported it — unless that worker handled it on the spot: nobody verifies their own work.
 */
export function mayVerify(actor: Actor, row: EventRow): boolean {
  return manages(actor, row) || row.dispatched_by === actor.id || (row.reported_by === actor.id && !row.handled_on_spot);
}

export function mayTake(actor: Actor, row: EventRow, action: EventAction): boolean {
  if (!canTake(action, row.status as EventStatus)) return false;
  switch (action) {
    case 'handle': case 'return': return isAssignee(actor, row) && row.suspended_at === null;
    case 'verify': return mayVerify(actor, row);
    default: return manages(actor, row);
  }
}

export function actionsFor(actor: Actor, row: EventRow): EventActOption[] {
  const options: EventActOption[] = (['accept', 'reject', 'dispatch', 'handle', 'return', 'verify', 'close'] as const).filter((a) => mayTake(actor, row, a));
  if (row.status === 'dispatched' && isAssignee(actor, row) && row.open_request_id === null) options.push('request');
  if (row.open_request_id !== null && manages(actor, row)) options.push('decide');
  if (row.suspended_at !== null && manages(actor, row)) options.push('resume');
  return options;
}

const photoView = (eventId: string) => (p: PhotoRow) => ({ id: p.id, url: `/api/events/${eventId}/photos/${p.id}`, width: p.width, height: p.height, bytes: p.bytes });

export function toEventView(row: EventRow, photos: PhotoRow[], actor: Actor, now: Date): EventView {
  const step = stepOf(row.status as EventStatus);
  const assignee = row.assigned_department_id
    ? { kind: 'department' as const, id: row.assigned_department_id, name: row.department_name ?? '' }
    : row.assigned_user_id ? { kind: 'user' as const, id: row.assigned_user_id, name: row.assignee_name ?? '' } : null;
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
    photos: photos.filter((p) => p.stage === 'report').map(photoView(row.id)),
    handlePhotos: photos.filter((p) => p.stage === `handle:${row.reworks}`).map(photoView(row.id)),
    createdAt: row.created_at.toISOString(),
    priority: row.priority as EventPriority,
    source: row.source as EventSource,
    assignee,
    step,
    dueAt: step && row.step_due_at ? row.step_due_at.toISOString() : null,
    overdue: step !== null && row.step_due_at !== null && row.step_due_at < now,
    suspended: row.suspended_at !== null,
    escalated: step !== null && row.escalated_at !== null,
    supervisionRegion: row.supervision_region,
    handledOnSpot: row.handled_on_spot,
    returns: row.returns,
    reworks: row.reworks,
    canAct: actionsFor(actor, row),
  };
}
