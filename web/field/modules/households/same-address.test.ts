import { describe, expect, it } from 'vitest';
import type { HouseholdView } from '../../../../common/contracts/field.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import type { OutboxItem } from '../../offline/outbox-types.ts';
import { localMatches } from './same-address.ts';

const GRID = '371502001001001';
const OTHER = '371502001001002';
const view = (id: string, address: string, code = GRID): HouseholdView => ({
  id, grid: { code, name: '网格' }, address, lon: null, lat: null, note: null, memberCount: 2, lastVisitAt: null, createdAt: '2026-11-29T01:00:00.000Z',
});
const queued = (id: string, address: string, gridCode = GRID, state: 'pending' | 'rejected' = 'pending') => ({
  id, kind: 'household', payload: { id, address, gridCode }, userId: 'u', seq: 1, createdAt: 1, state, attempts: 0, nextAttemptAt: 0, lastAttemptAt: null, lastError: null, photoIds: [],
}) as unknown as OutboxItem;

describe('the phone\'s own households at an address (offline check before registering one)', () => {
  it('finds the same door in the kept lists, the queue and the records just sent, written differently', () => {
    const lists = [view('s1', '东关街17号'), view('s2', '东关街71号'), view('s3', '东关街17号', OTHER)];
    const outbox = [queued('q1', '东关街 １７号'), queued('q2', '东关街17号', OTHER)];
    const synced: SyncedRecord[] = [{ id: 'y1', userId: 'u', kind: 'household', payload: {}, result: view('y1', '东关街17号 '), syncedAt: 1 }];
    expect(localMatches(GRID, '东关街17号', lists, outbox, synced).map((m) => [m.id, m.local])).toEqual([['q1', 'pending'], ['y1', 'synced'], ['s1', null]]);
  });

  it('lists a household once, and never the record being edited', () => {
    const synced: SyncedRecord[] = [{ id: 's1', userId: 'u', kind: 'household', payload: {}, result: view('s1', '西关街1号'), syncedAt: 1 }];
    expect(localMatches(GRID, '西关街1号', [view('s1', '西关街1号')], [], synced).map((m) => m.id)).toEqual(['s1']);
    expect(localMatches(GRID, '西关街1号', [], [queued('q1', '西关街1号')], [], 'q1')).toEqual([]);
  });
});
