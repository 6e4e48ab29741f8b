import type { EventView } from '../../../../common/contracts/field.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import {
  eventHandleId, isEventMoved, type EventHandlePayload, type EventMovedResult, type OutboxItem, type OutboxItemOf, type StoredError,
} from '../../offline/outbox-types.ts';

/**
 * Events dispatched to the worker (事件处置) as the phone sees them: the server's copies (the
 * list of those waiting for the worker, the details opened, the answers to handlings sent), the
 * freshest of them, with the phone's own handling over it. Pure functions, unit-tested.
 *
 * - A handling waiting in the outbox shows the event handled (已处置，待上传); a refused one
 *   leaves it open, marked, the reason kept.
 * - One that met the event moved on (handled, returned, voided, dispatched to someone else)
 *   shows as not used — unless the event's history says the handling that got there was this
 *   worker's (the phone's earlier try whose answer was lost).
 * - Overdue is the step's deadline passing, worked out on the phone; a suspended event's clock
 *   is stopped.
 */
export type EventTaskState =
  /** Waits for the worker: to handle, return, or ask about (also while suspended). */
  | 'open'
  /** Handled on the phone, waiting to upload. */
  | 'queued'
  /** The server refused the phone's handling: open again, the reason kept. */
  | 'refused'
  /** No longer the worker's to do: handled (by them), returned, voided…; the copy's status says which. */
  | 'done'
  /** The phone's handling was not used: the event had moved on without it. */
  | 'moved';

export interface EventTaskRow {
  /** The freshest server copy. */
  event: EventView;
  state: EventTaskState;
  overdue: boolean;
  /** The phone's handling while the server does not show it (queued, refused or not used). */
  mine: Pick<EventHandlePayload, 'note' | 'handledAt'> & { photos: number } | null;
  /** Why the server refused the handling. */
  error: StoredError | null;
}

/** A server copy and when the phone got it: the latest one is the freshest. */
export interface EventCopy {
  view: EventView;
  at: number;
}

export interface EventTaskSources {
  /** Copies that make a row: the list of events waiting for the worker (a detail page adds its own). */
  listed: readonly EventCopy[];
  /** Copies that only update a row the phone shows (details opened earlier). */
  updates: readonly EventCopy[];
  outbox: readonly OutboxItem[];
  synced: readonly SyncedRecord[];
  /** The worker's display name: the history names who handled. */
  myName: string;
  now: number;
}

type HandleItem = OutboxItemOf<'eventHandle'> & OutboxItem;

/** The round's handling in the event's history was this worker's: the n-th handling for round n − 1. */
export function handledByMe(result: EventMovedResult, payload: EventHandlePayload, myName: string): boolean {
  const handlings = result.detail?.history.filter((h) => h.action === 'handle') ?? [];
  return handlings[payload.event.reworks]?.by === myName;
}

function isOverdue(event: EventView, now: number): boolean {
  return event.status === 'dispatched' && !event.suspended && event.dueAt !== null && Date.parse(event.dueAt) < now;
}

/** Still the worker's to do: dispatched to them (the server offers its actions), or suspended with their clock stopped. */
function waitsForMe(event: EventView): boolean {
  return event.status === 'dispatched' && (event.suspended || event.canAct.includes('handle') || event.canAct.includes('request'));
}

export function mergeEventTasks(src: EventTaskSources): Map<string, EventTaskRow> {
  const freshest = new Map<string, EventCopy>();
  const keep = (copy: EventCopy) => {
    const known = freshest.get(copy.view.id);
    if (!known || copy.at >= known.at) freshest.set(copy.view.id, copy);
  };
  src.listed.forEach(keep);
  const handles = src.outbox.filter((i): i is HandleItem => i.kind === 'eventHandle');
  for (const item of handles) if (!freshest.has(item.payload.eventId)) keep({ view: item.payload.event, at: 0 });
  // Answers only move a row the phone shows; one the list no longer has is done with.
  const update = (copy: EventCopy) => {
    if (freshest.has(copy.view.id)) keep(copy);
  };
  src.updates.forEach(update);
  const moved = new Map<string, { record: SyncedRecord; result: EventMovedResult }>();
  for (const record of src.synced) {
    if (record.kind !== 'eventHandle') continue;
    if (isEventMoved(record.result)) {
      moved.set(record.id, { record, result: record.result });
      if (record.result.detail) update({ view: record.result.detail.event, at: record.syncedAt });
    } else if (record.result) {
      update({ view: record.result as EventView, at: record.syncedAt });
    }
  }

  const rows = new Map<string, EventTaskRow>();
  for (const [id, { view }] of freshest) {
    const round = eventHandleId(view);
    const item = handles.find((h) => h.id === round) ?? null;
    const mine = item ? { note: item.payload.note, handledAt: item.payload.handledAt, photos: item.photoIds.length } : null;
    if (item?.state === 'pending') {
      rows.set(id, { event: view, state: 'queued', overdue: false, mine, error: null });
      continue;
    }
    if (item?.state === 'rejected') {
      rows.set(id, { event: view, state: 'refused', overdue: isOverdue(view, src.now), mine, error: item.lastError });
      continue;
    }
    const conflict = [...moved.values()].find(({ record }) => (record.payload as EventHandlePayload).eventId === id);
    if (conflict && !waitsForMe(view)) {
      const payload = conflict.record.payload as EventHandlePayload;
      const own = handledByMe(conflict.result, payload, src.myName);
      const lost = own ? null : { note: payload.note, handledAt: payload.handledAt, photos: 0 };
      rows.set(id, { event: view, state: own ? 'done' : 'moved', overdue: false, mine: lost, error: null });
      continue;
    }
    const open = waitsForMe(view);
    rows.set(id, { event: view, state: open ? 'open' : 'done', overdue: open && isOverdue(view, src.now), mine: null, error: null });
  }
  return rows;
}

/** Still to do: waiting for the worker, or their handling refused. */
export function isEventOpen(row: EventTaskRow): boolean {
  return row.state === 'open' || row.state === 'refused';
}

/** An urgent event still to do: an emergency assignment (应急), shown at the top. */
export function isEmergency(row: EventTaskRow): boolean {
  return isEventOpen(row) && row.event.priority === 'urgent';
}

/** The server's handle action is offered now (not suspended, still the worker's). */
export function canHandle(row: EventTaskRow): boolean {
  return isEventOpen(row) && row.event.canAct.includes('handle');
}
