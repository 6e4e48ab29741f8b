import { describe, expect, it } from 'vitest';
import type { FeedbackView, InboxItem, NotificationView } from '../../../../common/contracts/instructions.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import type { OutboxItem } from '../../offline/outbox-types.ts';
import { boardTasks, countBoard } from './board.ts';
import { mergeTasks, type TaskRow, type TaskSources } from './local.ts';

const NOW = Date.parse('2020-02-10T10:00:00Z');
const iso = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

function task(id: string, extra: Partial<InboxItem> = {}): InboxItem {
  return {
    id, title: `任务${id}`, body: '请今日完成辖区入户排查', priority: 'normal', dueAt: iso(120), sentAt: iso(-60), status: 'unread', overdue: false,
    feedbackRequired: true, feedbackFields: [{ key: 'households', label: '排查户数', unit: '户' }],
    sender: { name: '东昌府区综治中心', region: { code: '371502', name: '东昌府区', level: 2 } },
    unit: { code: '371502001001001', name: '第1网格', level: 5 }, readAt: null, doneAt: null, feedback: [], attachments: [], ...extra,
  };
}

let seq = 0;
function queued(kind: 'instructionRead' | 'instructionFeedback', t: InboxItem, extra: Partial<OutboxItem> = {}, feedbackId = 'f1'): OutboxItem {
  seq += 1;
  const payload = kind === 'instructionRead'
    ? { instructionId: t.id, readAt: iso(-5), task: t }
    : { id: feedbackId, text: '已排查', values: { households: 126 }, instructionId: t.id, answeredAt: iso(-2), task: t };
  return {
    id: kind === 'instructionRead' ? t.id : feedbackId, kind, payload, userId: 'u', seq, createdAt: NOW - 300_000,
    state: 'pending', attempts: 0, nextAttemptAt: 0, lastAttemptAt: null, lastError: null, photoIds: [], ...extra,
  } as OutboxItem;
}

function sent(item: OutboxItem, result: unknown): SyncedRecord {
  return { id: item.id, userId: 'u', kind: item.kind, payload: item.payload, result, syncedAt: NOW };
}

const stored = (id: string, extra: Partial<FeedbackView> = {}): FeedbackView => ({ id, text: '已排查', values: { households: 126 }, byName: '网格员乙', at: iso(-1), photos: [], ...extra });

function notice(instructionId: string, kind: string): NotificationView {
  return { id: `n-${instructionId}-${kind}`, kind: kind as NotificationView['kind'], title: '任务', instructionId, eventId: null, warningId: null, priority: 'normal', at: iso(-1), readAt: null };
}

/** The inbox alone on the one task list: its order and counts. */
const onBoard = (rows: Iterable<TaskRow>) => boardTasks({ instructions: rows, events: [], warnings: [] });
const countTasks = (rows: Iterable<TaskRow>) => countBoard(onBoard(rows));

const merge = (src: Partial<TaskSources>) => mergeTasks({ server: [], outbox: [], synced: [], notifications: [], myName: '网格员甲', now: NOW, ...src });

describe('tasks on the phone', () => {
  it('works out overdue from the deadline; a done task is never overdue', () => {
    const rows = merge({ server: [task('a', { dueAt: iso(-1) }), task('b'), task('c', { dueAt: iso(-1), status: 'done', doneAt: iso(-2) })] });
    expect(rows.get('a')).toMatchObject({ overdue: true, status: 'unread' });
    expect(rows.get('b')?.overdue).toBe(false);
    expect(rows.get('c')?.overdue).toBe(false);
  });

  it('orders overdue first, then unread, read and done, the withdrawn last', () => {
    const rows = merge({
      server: [
        task('done-old', { status: 'done', doneAt: iso(-50) }), task('done-new', { status: 'done', doneAt: iso(-5) }),
        task('read', { status: 'read' }), task('unread-late', { dueAt: iso(300) }), task('unread-soon', { dueAt: iso(30) }),
        task('overdue', { status: 'read', dueAt: iso(-10) }), task('gone'),
      ],
      notifications: [notice('gone', 'withdrawn')],
    });
    expect(onBoard(rows.values()).map((t) => t.id)).toEqual(['overdue', 'unread-soon', 'unread-late', 'read', 'done-new', 'done-old', 'gone']);
    expect(countTasks(rows.values())).toEqual({ open: 4, unread: 2, overdue: 1 });
  });

  it('shows a queued read as read at once, and done when no feedback is asked', () => {
    const a = task('a');
    const b = task('b', { feedbackRequired: false, feedbackFields: [] });
    const rows = merge({ server: [a, b], outbox: [queued('instructionRead', a), queued('instructionRead', b)] });
    expect(rows.get('a')).toMatchObject({ status: 'read', queued: true, item: { readAt: iso(-5) } });
    expect(rows.get('b')).toMatchObject({ status: 'done', queued: true, item: { doneAt: iso(-5) } });
    expect(countTasks(rows.values())).toEqual({ open: 1, unread: 0, overdue: 0 });
  });

  it('shows a queued answer: the task done, the answer waiting, by the worker', () => {
    const a = task('a', { status: 'read', dueAt: iso(-30) });
    const row = merge({ server: [a], outbox: [queued('instructionFeedback', a)] }).get('a')!;
    expect(row).toMatchObject({ status: 'done', overdue: false, queued: true });
    expect(row.feedback).toEqual([{ state: 'pending', view: { id: 'f1', text: '已排查', values: { households: 126 }, byName: '网格员甲', at: iso(-2), photos: [] } }]);
  });

  it('a refused answer is listed as refused and leaves the task open', () => {
    const a = task('a', { status: 'read' });
    const row = merge({ server: [a], outbox: [queued('instructionFeedback', a, { state: 'rejected' })] }).get('a')!;
    expect(row).toMatchObject({ status: 'read', queued: false });
    expect(row.feedback.map((f) => f.state)).toEqual(['rejected']);
  });

  it('keeps what was sent until the inbox has it, and never moves a task back', () => {
    const a = task('a');
    const answer = queued('instructionFeedback', a);
    const old = merge({ server: [a], synced: [sent(answer, stored('f1', { byName: '网格员甲' }))] }).get('a')!;
    expect(old).toMatchObject({ status: 'done', queued: false });
    expect(old.feedback).toEqual([{ state: 'stored', view: stored('f1', { byName: '网格员甲' }) }]);
    // The next inbox has it: one answer, not two.
    const fresh = task('a', { status: 'done', doneAt: iso(-1), feedback: [stored('f1')] });
    expect(merge({ server: [fresh], synced: [sent(answer, stored('f1'))] }).get('a')!.feedback).toHaveLength(1);
    // The read's answer is the server's copy: further than the inbox kept offline.
    const read = queued('instructionRead', a);
    expect(merge({ server: [a], synced: [sent(read, task('a', { status: 'read', readAt: iso(-4) }))] }).get('a')).toMatchObject({ status: 'read', item: { readAt: iso(-4) } });
    expect(merge({ server: [fresh], synced: [sent(read, task('a', { status: 'read' }))] }).get('a')?.status).toBe('done');
  });

  it('a colleague\'s answer in the inbox and the worker\'s waiting one both show', () => {
    const a = task('a', { status: 'done', doneAt: iso(-20), feedback: [stored('theirs')] });
    const row = merge({ server: [a], outbox: [queued('instructionFeedback', a, {}, 'mine')] }).get('a')!;
    expect(row.feedback.map((f) => [f.view.id, f.state])).toEqual([['theirs', 'stored'], ['mine', 'pending']]);
  });

  it('shows a task withdrawn when its answer met the withdrawal, even once the inbox dropped it', () => {
    const a = task('a', { dueAt: iso(-30) });
    const answer = queued('instructionFeedback', a);
    const row = merge({ server: [], synced: [sent(answer, { withdrawn: true })] }).get('a')!;
    expect(row).toMatchObject({ withdrawn: true, overdue: false, item: { title: '任务a' } });
    expect(countTasks([row])).toEqual({ open: 0, unread: 0, overdue: 0 });
  });

  it('a sent record does not bring back a task the inbox no longer has', () => {
    const a = task('a');
    expect(merge({ server: [], synced: [sent(queued('instructionRead', a), task('a', { status: 'read' }))] }).size).toBe(0);
  });

  it('a task waiting in the outbox shows from its copy when the inbox is not on the phone', () => {
    const a = task('a');
    expect(merge({ outbox: [queued('instructionRead', a)] }).get('a')).toMatchObject({ status: 'read', queued: true });
  });
});
