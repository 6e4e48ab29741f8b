import { describe, expect, it } from 'vitest';
import type { EventDetail, EventView } from '../../../../common/contracts/field.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import { eventHandleId, type EventHandlePayload, type OutboxItem } from '../../offline/outbox-types.ts';
import { canHandle, isEmergency, mergeEventTasks, type EventTaskSources } from './event-tasks.ts';
import { dispatched, iso, NOW } from './test-data.ts';

let seq = 0;
function handle(event: EventView, extra: Partial<OutboxItem> = {}): OutboxItem {
  seq += 1;
  const payload: EventHandlePayload = { eventId: event.id, note: '已送药上门', handledAt: iso(-3), event };
  return {
    id: eventHandleId(event), kind: 'eventHandle', payload, userId: 'u', seq, createdAt: NOW - 180_000, state: 'pending',
    attempts: 0, nextAttemptAt: 0, lastAttemptAt: null, lastError: null, photoIds: ['p1'], ...extra,
  } as OutboxItem;
}

function sent(item: OutboxItem, result: unknown, syncedAt = NOW): SyncedRecord {
  return { id: item.id, userId: 'u', kind: item.kind, payload: item.payload, result, syncedAt };
}

function detail(event: EventView, handlers: string[]): EventDetail {
  return {
    event, requests: [],
    history: [
      { from: 'reported', to: 'dispatched', action: 'dispatch', note: '请尽快上门', by: '街道办', at: iso(-60), assignee: '网格员甲', dueAt: iso(120) },
      ...handlers.map((by) => ({ from: 'dispatched' as const, to: 'handled' as const, action: 'handle', note: '', by, at: iso(-1), assignee: null, dueAt: null })),
    ],
  };
}

const listed = (...views: EventView[]) => views.map((view) => ({ view, at: NOW - 60_000 }));
const merge = (src: Partial<EventTaskSources>) => mergeEventTasks({ listed: [], updates: [], outbox: [], synced: [], myName: '网格员甲', now: NOW, ...src });

describe('events dispatched to the worker, on the phone', () => {
  it('works out overdue from the step\'s deadline; a suspended event\'s clock is stopped', () => {
    const rows = merge({
      listed: listed(dispatched('late', { dueAt: iso(-5) }), dispatched('soon'), dispatched('held', { dueAt: null, suspended: true, canAct: [] })),
    });
    expect(rows.get('late')).toMatchObject({ state: 'open', overdue: true });
    expect(rows.get('soon')).toMatchObject({ state: 'open', overdue: false });
    expect(rows.get('held')).toMatchObject({ state: 'open', overdue: false });
    expect(canHandle(rows.get('held')!)).toBe(false);
    expect(canHandle(rows.get('soon')!)).toBe(true);
  });

  it('an urgent one still to do is an emergency; handled, it is not', () => {
    const urgent = dispatched('u1', { priority: 'urgent' });
    expect(isEmergency(merge({ listed: listed(urgent) }).get('u1')!)).toBe(true);
    expect(isEmergency(merge({ listed: listed(urgent), outbox: [handle(urgent)] }).get('u1')!)).toBe(false);
  });

  it('shows a queued handling at once, the deadline no longer pressing', () => {
    const e = dispatched('e', { dueAt: iso(-30) });
    const row = merge({ listed: listed(e), outbox: [handle(e)] }).get('e')!;
    expect(row).toMatchObject({ state: 'queued', overdue: false, mine: { note: '已送药上门', photos: 1 } });
  });

  it('a refused handling leaves the event open with the reason', () => {
    const e = dispatched('e');
    const error = { status: 400, code: 'VALIDATION_FAILED', message: '', fields: { note: 'TOO_LONG' }, at: NOW };
    const row = merge({ listed: listed(e), outbox: [handle(e, { state: 'rejected', lastError: error })] }).get('e')!;
    expect(row).toMatchObject({ state: 'refused', error, mine: { note: '已送药上门' } });
    expect(canHandle(row)).toBe(true);
  });

  it('keeps the server\'s answer until the list drops the event, and a rework opens the next round', () => {
    const e = dispatched('e');
    const item = handle(e);
    const answer = dispatched('e', { status: 'handled', step: 'verify', canAct: [] });
    expect(merge({ listed: listed(e), synced: [sent(item, answer)] }).get('e')).toMatchObject({ state: 'done', event: { status: 'handled' } });
    // Not brought back once the list no longer has it.
    expect(merge({ synced: [sent(item, answer)] }).size).toBe(0);
    // Verification failed: the list has it again, one rework on; the old handling is not this round's.
    const reworked = dispatched('e', { reworks: 1 });
    const again = merge({ listed: [{ view: reworked, at: NOW + 1 }], outbox: [], synced: [sent(item, answer, NOW - 5)] }).get('e')!;
    expect(again).toMatchObject({ state: 'open', event: { reworks: 1 } });
    expect(eventHandleId(reworked)).toBe('handle:e:1');
  });

  it('a handling that met the event moved on shows as not used, unless the history says it was the worker\'s own', () => {
    const e = dispatched('e');
    const item = handle(e);
    const voided = dispatched('e', { status: 'voided', step: null, dueAt: null, canAct: [] });
    const theirs = merge({ listed: listed(e), synced: [sent(item, { moved: true, detail: detail(voided, []) })] }).get('e')!;
    expect(theirs).toMatchObject({ state: 'moved', event: { status: 'voided' }, mine: { note: '已送药上门' } });
    const handled = dispatched('e', { status: 'handled', step: 'verify', canAct: [] });
    const own = merge({ listed: listed(e), synced: [sent(item, { moved: true, detail: detail(handled, ['网格员甲']) })] }).get('e')!;
    expect(own).toMatchObject({ state: 'done', mine: null, event: { status: 'handled' } });
    const colleague = merge({ listed: listed(e), synced: [sent(item, { moved: true, detail: detail(handled, ['网格员丙']) })] }).get('e')!;
    expect(colleague.state).toBe('moved');
  });

  it('a handling refused while the event was suspended leaves it open for later', () => {
    const e = dispatched('e');
    const suspended = dispatched('e', { suspended: true, dueAt: null, canAct: [] });
    const row = merge({ listed: listed(e), synced: [sent(handle(e), { moved: true, detail: detail(suspended, []) })] }).get('e')!;
    expect(row).toMatchObject({ state: 'open', event: { suspended: true } });
  });

  it('an event no longer the worker\'s (dispatched to someone else) is done for them', () => {
    const row = merge({ listed: listed(dispatched('e', { canAct: [] })) }).get('e')!;
    expect(row.state).toBe('done');
  });

  it('takes the freshest copy: a detail opened after the list moves the row; a queued handling shows without the list', () => {
    const e = dispatched('e');
    const extended = dispatched('e', { dueAt: iso(600) });
    expect(merge({ listed: listed(e), updates: [{ view: extended, at: NOW }] }).get('e')?.event.dueAt).toBe(iso(600));
    expect(merge({ listed: listed(e), updates: [{ view: extended, at: NOW - 120_000 }] }).get('e')?.event.dueAt).toBe(iso(120));
    expect(merge({ updates: [{ view: extended, at: NOW }] }).size).toBe(0);
    expect(merge({ outbox: [handle(e)] }).get('e')?.state).toBe('queued');
  });
});
