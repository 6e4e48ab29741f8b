import { describe, expect, it } from 'vitest';
import type { HouseholdView, PersonView } from '../../../../common/contracts/field.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import type { OutboxItem } from '../../offline/outbox-types.ts';
import { mergeHouseholds, mergeMembers } from './local.ts';

const grid = { code: '371502001001001', name: '古城社区第1网格' };
const view = (id: string, address: string): HouseholdView => ({ id, grid, address, lon: null, lat: null, note: null, memberCount: 0, lastVisitAt: null, createdAt: '2026-11-29T01:00:00.000Z' });
let seq = 0;
const queued = (kind: OutboxItem['kind'], payload: Record<string, unknown>, state: 'pending' | 'rejected' = 'pending'): OutboxItem => ({
  id: payload.id as string, kind, payload, userId: 'u', seq: ++seq, createdAt: Date.parse('2026-11-29T02:00:00Z') + seq, state,
  attempts: 0, nextAttemptAt: 0, lastAttemptAt: null, lastError: null, photoIds: [],
} as unknown as OutboxItem);

describe('mergeHouseholds', () => {
  it('shows queued households first, marked, with their queued members counted', () => {
    const outbox = [
      queued('household', { id: 'h1', address: '东关街1号', gridCode: grid.code }),
      queued('household', { id: 'h2', address: '东关街2号', gridCode: grid.code }, 'rejected'),
      queued('person', { id: 'p1', householdId: 'h1', name: '张三' }),
    ];
    const rows = mergeHouseholds([view('s1', '西关街9号')], outbox, []);
    expect(rows.map((r) => [r.id, r.local, r.memberCount])).toEqual([['h2', 'rejected', 0], ['h1', 'pending', 1], ['s1', null, 0]]);
  });

  it('never shows a record twice once the server has it, and keeps a just-sent one until then', () => {
    const sent: SyncedRecord = { id: 'h3', userId: 'u', kind: 'household', payload: {}, result: view('h3', '南关街3号'), syncedAt: 1 };
    expect(mergeHouseholds([], [], [sent]).map((r) => [r.id, r.local])).toEqual([['h3', 'synced']]);
    expect(mergeHouseholds([view('h3', '南关街3号')], [], [sent]).map((r) => [r.id, r.local])).toEqual([['h3', null]]);
  });

  it('filters the phone\'s records by the search text like the server does', () => {
    const outbox = [queued('household', { id: 'h4', address: '东关街4号' }), queued('household', { id: 'h5', address: '西关街5号' })];
    expect(mergeHouseholds([], outbox, [], '东关').map((r) => r.id)).toEqual(['h4']);
  });
});

describe('mergeMembers', () => {
  it('adds queued members (masked) and their queued movements to the server\'s', () => {
    const server: PersonView = { id: 'p0', householdId: 'h1', grid, name: '李四', idNumberMasked: null, phoneMasked: null, sex: null, birthYear: null, relation: 'head', createdAt: 'x' };
    const outbox = [
      queued('person', { id: 'p1', householdId: 'h1', name: '张三', idNumber: '11010519491231002X', phone: '13812345678' }),
      queued('movement', { id: 'm1', personId: 'p0', direction: 'departure', category: 'in_province', healthStatus: 'normal', leftOn: '2026-11-29' }),
      queued('person', { id: 'p9', householdId: 'other', name: '王五' }),
    ];
    const rows = mergeMembers('h1', [server], outbox, []);
    expect(rows.map((r) => [r.id, r.local, r.idNumberMasked, r.phoneMasked])).toEqual([['p0', null, null, null], ['p1', 'pending', '1101*************X', '138****5678']]);
    // A queued member shows the birth year its ID number gives, as the server's members do.
    expect(rows.map((r) => r.birthYear)).toEqual([null, 1949]);
    expect(rows[0]!.movements.map((m) => m.id)).toEqual(['m1']);
  });

  it('marks a member under observation from the server, from an arrival just sent and from one still queued', () => {
    const person = (id: string): PersonView => ({ id, householdId: 'h1', grid, name: id, idNumberMasked: null, phoneMasked: null, sex: null, birthYear: null, relation: 'other', createdAt: 'x' });
    const today = '2026-11-29';
    const sent: SyncedRecord = { id: 'm2', userId: 'u', kind: 'movement', payload: {}, result: { id: 'm2', personId: 'p2', inObservation: true, observationEndsOn: '2026-12-10' }, syncedAt: 1 };
    const outbox = [
      queued('movement', { id: 'm3', personId: 'p3', direction: 'arrival', category: 'in_province', healthStatus: 'normal', arrivedOn: '2026-11-28' }),
      queued('movement', { id: 'm4', personId: 'p4', direction: 'arrival', category: 'in_province', healthStatus: 'normal', arrivedOn: '2026-11-01' }),
      queued('movement', { id: 'm5', personId: 'p5', direction: 'departure', category: 'in_province', healthStatus: 'normal', leftOn: '2026-11-28' }),
    ];
    const rows = mergeMembers('h1', ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map(person), outbox, [sent], [{ personId: 'p1', observationEndsOn: '2026-12-05' }], today);
    expect(rows.map((r) => [r.id, r.observationEndsOn])).toEqual([
      ['p1', '2026-12-05'], ['p2', '2026-12-10'], ['p3', '2026-12-12'], ['p4', null], ['p5', null], ['p6', null],
    ]);
  });
});

