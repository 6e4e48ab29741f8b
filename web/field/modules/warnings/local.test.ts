import { describe, expect, it } from 'vitest';
import type { WarningView } from '../../../../common/contracts/declarations.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import type { OutboxItem, WarningVerifyPayload } from '../../offline/outbox-types.ts';
import { adjustCounts, mergeWarnings, rowsOf, statusAt } from './local.ts';

const NOW = Date.parse('2020-02-10T10:00:00Z');
const iso = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

function warning(id: string, extra: Partial<WarningView> = {}): WarningView {
  return {
    id, level: 'medium', reasons: ['temperature'], name: '李发热', phoneMasked: '138****5678', maxTemperature: 38.2, declarationCount: 1,
    firstDeclaredAt: iso(-60), lastDeclaredAt: iso(-60), checkpoint: { id: 'c1', name: '东关街北口' }, grid: { code: '371502001001001', name: '第1网格' },
    status: 'open', dueAt: iso(60), verifiedAt: null, verifiedBy: null, minutesToVerify: null, outcome: null, note: null, ...extra,
  };
}

function verify(w: WarningView, extra: Partial<OutboxItem> = {}, outcome: WarningVerifyPayload['outcome'] = 'fever_clinic'): OutboxItem {
  return {
    id: w.id, kind: 'warningVerify', payload: { warningId: w.id, outcome, note: '已陪同就诊', verifiedAt: iso(-5), warning: w }, userId: 'u', seq: 1, createdAt: NOW - 300_000,
    state: 'pending', attempts: 0, nextAttemptAt: 0, lastAttemptAt: null, lastError: null, photoIds: [], ...extra,
  } as OutboxItem;
}

function sent(item: OutboxItem, result: unknown): SyncedRecord {
  return { id: item.id, userId: 'u', kind: item.kind, payload: item.payload, result, syncedAt: NOW };
}

const merge = (server: WarningView[], outbox: OutboxItem[] = [], synced: SyncedRecord[] = []) =>
  mergeWarnings({ server, outbox, synced, myName: '网格员甲', now: NOW });

describe('warnings on the phone', () => {
  it('works out overdue from the deadline', () => {
    expect(statusAt(warning('a'), NOW)).toBe('open');
    expect(statusAt(warning('a', { dueAt: iso(-1) }), NOW)).toBe('overdue');
    expect(statusAt(warning('a', { dueAt: iso(-1), status: 'verified' }), NOW)).toBe('verified');
  });

  it('keeps the freshest copy: a verification wins over an older open copy', () => {
    const open = warning('a');
    const done = warning('a', { status: 'verified', outcome: 'normal', verifiedBy: '网格员乙', verifiedAt: iso(-2) });
    expect(merge([done, open]).get('a')?.view.status).toBe('verified');
    expect(merge([open, done]).get('a')?.view.outcome).toBe('normal');
    const again = warning('a', { declarationCount: 2, lastDeclaredAt: iso(-10), maxTemperature: 38.9 });
    expect(merge([open, again]).get('a')?.view.maxTemperature).toBe(38.9);
  });

  it('shows a queued verification as verified (waiting to upload), and moves the counts', () => {
    const w = warning('a', { dueAt: iso(-30), status: 'overdue' });
    const rows = merge([w], [verify(w)]);
    const row = rows.get('a')!;
    expect(row).toMatchObject({ status: 'verified', local: 'pending', reported: 'overdue' });
    expect(row.view).toMatchObject({ outcome: 'fever_clinic', note: '已陪同就诊', verifiedBy: '网格员甲', minutesToVerify: 55 });
    expect(adjustCounts({ open: 0, overdue: 1, verified: 4 }, rows.values())).toEqual({ open: 0, overdue: 0, verified: 5 });
    expect(rowsOf(rows.values(), 'overdue')).toEqual([]);
    expect(rowsOf(rows.values(), 'verified').map((r) => r.view.id)).toEqual(['a']);
  });

  it('a refused verification leaves the warning waiting, marked', () => {
    const w = warning('a');
    const row = merge([w], [verify(w, { state: 'rejected' })]).get('a')!;
    expect(row).toMatchObject({ status: 'open', local: 'rejected' });
    expect(row.mine?.outcome).toBe('fever_clinic');
  });

  it('a verification whose warning left the lists still shows, from the copy kept with it', () => {
    const w = warning('gone');
    expect(merge([], [verify(w)]).get('gone')).toMatchObject({ status: 'verified', local: 'pending' });
  });

  it('a warning turns overdue at its deadline while the phone is offline, and the counts follow', () => {
    const w = warning('a', { dueAt: iso(-5) });
    const rows = mergeWarnings({ server: [w], outbox: [], synced: [], myName: 'x', now: NOW });
    expect(rows.get('a')).toMatchObject({ status: 'overdue', reported: 'open' });
    expect(adjustCounts({ open: 1, overdue: 0, verified: 0 }, rows.values())).toEqual({ open: 0, overdue: 1, verified: 0 });
  });

  it('just sent: shows verified until the lists have it', () => {
    const w = warning('a');
    const item = verify(w);
    const answer = warning('a', { status: 'verified', outcome: 'fever_clinic', verifiedBy: '网格员甲', verifiedAt: iso(0) });
    expect(merge([w], [], [sent(item, answer)]).get('a')).toMatchObject({ status: 'verified', local: 'synced' });
    expect(merge([answer], [], [sent(item, answer)]).get('a')).toMatchObject({ status: 'verified', local: null });
  });

  it('ALREADY_VERIFIED by someone else: the server\'s verification shows, with the worker\'s own as a notice', () => {
    const w = warning('a');
    const theirs = warning('a', { status: 'verified', outcome: 'normal', verifiedBy: '社区医生', verifiedAt: iso(-20) });
    const row = merge([w], [], [sent(verify(w), { alreadyVerified: true, warning: theirs })]).get('a')!;
    expect(row).toMatchObject({ status: 'verified', local: 'conflict', reported: 'open' });
    expect(row.view.verifiedBy).toBe('社区医生');
    expect(row.mine?.outcome).toBe('fever_clinic');
    // Without the server's copy in the answer, the warning is still known to be verified.
    expect(merge([w], [], [sent(verify(w), { alreadyVerified: true, warning: null })]).get('a')).toMatchObject({ status: 'verified', local: 'conflict' });
  });

  it('ALREADY_VERIFIED naming the worker with the same outcome is their own lost answer: no notice', () => {
    const w = warning('a');
    const mine = warning('a', { status: 'verified', outcome: 'fever_clinic', verifiedBy: '网格员甲', verifiedAt: iso(-4) });
    expect(merge([mine], [], [sent(verify(w), { alreadyVerified: true, warning: mine })]).get('a')).toMatchObject({ local: null, mine: null });
  });

  it('orders waiting warnings by deadline and verified ones newest first', () => {
    const rows = merge([
      warning('late', { dueAt: iso(90) }), warning('soon', { dueAt: iso(10) }),
      warning('v1', { status: 'verified', verifiedAt: iso(-50) }), warning('v2', { status: 'verified', verifiedAt: iso(-5) }),
    ]);
    expect(rowsOf(rows.values(), 'open').map((r) => r.view.id)).toEqual(['soon', 'late']);
    expect(rowsOf(rows.values(), 'verified').map((r) => r.view.id)).toEqual(['v2', 'v1']);
  });
});
