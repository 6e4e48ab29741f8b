import { describe, expect, it } from 'vitest';
import type { NotificationView } from '../../../../common/contracts/instructions.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import type { OutboxItem } from '../../offline/outbox-types.ts';
import { kindOf, linkOf, mergeNotifications } from './local.ts';

const NOW = Date.parse('2020-02-10T10:00:00Z');
const iso = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

function note(id: string, extra: Partial<NotificationView> = {}): NotificationView {
  return { id, kind: 'instruction', title: `通知${id}`, instructionId: `t-${id}`, eventId: null, warningId: null, priority: 'normal', at: iso(-10), readAt: null, ...extra };
}

function item(kind: OutboxItem['kind'], id: string, payload: object, state: OutboxItem['state'] = 'pending'): OutboxItem {
  return {
    id, kind, payload, userId: 'u', seq: 1, createdAt: NOW, state, attempts: 0, nextAttemptAt: 0, lastAttemptAt: null, lastError: null, photoIds: [],
  } as OutboxItem;
}

const sent = (i: OutboxItem, syncedAt: number): SyncedRecord => ({ id: i.id, userId: 'u', kind: i.kind, payload: i.payload, result: null, syncedAt });

describe('notifications on the phone', () => {
  it('reads a tapped one at once and takes it off the count', () => {
    const server = [note('a'), note('b'), note('c', { readAt: iso(-5) })];
    const merged = mergeNotifications({ server, unread: 7, outbox: [item('notificationRead', 'a', { ids: ['a'], title: '' })], synced: [] });
    expect(merged.rows.map((r) => r.read)).toEqual([true, false, true]);
    expect(merged.unread).toBe(6);
  });

  it('counts a read sent but not yet in the list once, and not again when the list has it', () => {
    const read = item('notificationRead', 'a', { ids: ['a'], title: '' });
    expect(mergeNotifications({ server: [note('a')], unread: 1, outbox: [], synced: [sent(read, NOW)] }).unread).toBe(0);
    expect(mergeNotifications({ server: [note('a', { readAt: iso(0) })], unread: 0, outbox: [], synced: [sent(read, NOW)] }).unread).toBe(0);
  });

  it('reading or answering a task reads its notifications, up to that moment', () => {
    const server = [note('reminder', { kind: 'reminder', instructionId: 't', at: iso(5) }), note('new', { instructionId: 't', at: iso(-30) }), note('other')];
    const waiting = mergeNotifications({ server, unread: 3, outbox: [item('instructionRead', 't', { instructionId: 't' })], synced: [] });
    expect(waiting.rows.map((r) => r.read)).toEqual([true, true, false]);
    // Sent at NOW: the reminder of 5 minutes later is news.
    const answered = item('instructionFeedback', 'f', { instructionId: 't', id: 'f' });
    const later = mergeNotifications({ server, unread: 3, outbox: [], synced: [sent(answered, NOW)] });
    expect(later.rows.map((r) => r.read)).toEqual([false, true, false]);
    expect(later.unread).toBe(2);
    // A refused read read nothing.
    expect(mergeNotifications({ server, unread: 3, outbox: [item('instructionRead', 't', { instructionId: 't' }, 'rejected')], synced: [] }).unread).toBe(3);
  });

  it('links an instruction\'s kinds to its task and an event\'s to the event\'s task; a kind it does not know shows without a link', () => {
    expect(linkOf(note('a'))).toBe('/tasks/t-a');
    expect(linkOf(note('a', { kind: 'withdrawn' }))).toBe('/tasks/t-a');
    expect(linkOf(note('a', { instructionId: null }))).toBeNull();
    const dispatched = note('e', { kind: 'event_dispatched', instructionId: null, eventId: 'ev-1', priority: 'urgent' });
    expect(linkOf(dispatched)).toBe('/tasks/events/ev-1');
    expect(linkOf(note('r', { kind: 'event_rework', instructionId: null, eventId: 'ev 2' }))).toBe('/tasks/events/ev%202');
    expect(linkOf(note('w', { kind: 'warning_assigned', instructionId: null, warningId: 'w-1' }))).toBe('/warnings/w-1');
    const unknown = note('x', { kind: 'event_archived' as NotificationView['kind'], instructionId: null, eventId: 'ev-3' });
    expect(kindOf(unknown.kind)).toBe('other');
    expect(mergeNotifications({ server: [unknown, dispatched], unread: 2, outbox: [], synced: [] }).rows).toEqual([
      { view: unknown, read: false, link: null },
      { view: dispatched, read: false, link: '/tasks/events/ev-1' },
    ]);
  });
});
