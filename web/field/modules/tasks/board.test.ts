import { describe, expect, it } from 'vitest';
import type { WarningView } from '../../../../common/contracts/declarations.ts';
import type { InboxItem } from '../../../../common/contracts/instructions.ts';
import type { WarningRow } from '../warnings/local.ts';
import { boardTasks, countBoard, isOpenTask } from './board.ts';
import type { EventTaskRow } from './event-tasks.ts';
import type { TaskRow } from './local.ts';
import { dispatched, iso } from './test-data.ts';

function instruction(id: string, extra: Partial<TaskRow> & { dueAt?: string } = {}): TaskRow {
  const item: InboxItem = {
    id, title: `任务${id}`, body: '入户排查', priority: 'normal', dueAt: extra.dueAt ?? iso(120), sentAt: iso(-60), status: extra.status ?? 'unread', overdue: false,
    feedbackRequired: true, feedbackFields: [], sender: { name: '区指挥部', region: { code: '371502', name: '东昌府区', level: 2 } },
    unit: { code: '371502001001001', name: '第1网格', level: 5 }, readAt: null, doneAt: extra.status === 'done' ? iso(-5) : null, feedback: [], attachments: [],
  };
  return { item, status: item.status, overdue: false, withdrawn: false, feedback: [], queued: false, ...extra };
}

function event(id: string, extra: Partial<EventTaskRow> = {}, view: Parameters<typeof dispatched>[1] = {}): EventTaskRow {
  return { event: dispatched(id, view), state: 'open', overdue: false, mine: null, error: null, ...extra };
}

function warning(id: string, status: WarningRow['status'], dueAt = iso(60)): WarningRow {
  const view = { id, name: '张*', dueAt, status: status === 'verified' ? 'verified' : 'open' } as WarningView;
  return { view, status, local: null, reported: status, mine: null };
}

const ids = (src: Parameters<typeof boardTasks>[0]) => boardTasks(src).map((t) => `${t.kind}:${t.id}`);

describe('the worker\'s one task list', () => {
  it('puts emergency assignments first, then overdue of every kind, then the nearest deadline', () => {
    const order = ids({
      instructions: [instruction('soon', { dueAt: iso(30) }), instruction('late', { overdue: true, dueAt: iso(-10) }), instruction('done', { status: 'done' })],
      events: [
        event('urgent', {}, { priority: 'urgent', dueAt: iso(300) }),
        event('overdue', { overdue: true }, { dueAt: iso(-20) }),
        event('later', {}, { dueAt: iso(200) }),
        event('held', {}, { dueAt: null, suspended: true }),
      ],
      warnings: [warning('w-over', 'overdue', iso(-5)), warning('w-open', 'open', iso(45)), warning('w-done', 'verified')],
    });
    expect(order).toEqual([
      'event:urgent',
      'event:overdue', 'instruction:late', 'warning:w-over',
      'instruction:soon', 'warning:w-open', 'event:later', 'event:held',
      'instruction:done',
    ]);
  });

  it('an event handled on the phone sinks to the done ones; withdrawn and not-used ones go last', () => {
    const order = ids({
      instructions: [instruction('gone', { withdrawn: true }), instruction('open')],
      events: [event('queued', { state: 'queued', mine: { note: '已处置', handledAt: iso(-1), photos: 0 } }, { priority: 'urgent' }), event('moved', { state: 'moved' })],
      warnings: [],
    });
    expect(order).toEqual(['instruction:open', 'event:queued', 'instruction:gone', 'event:moved']);
  });

  it('counts what is still to do over the three kinds; unread is the instructions not opened', () => {
    const tasks = boardTasks({
      instructions: [instruction('a'), instruction('b', { status: 'read', overdue: true }), instruction('c', { status: 'done' }), instruction('d', { withdrawn: true })],
      events: [event('e1', { overdue: true }), event('e2', { state: 'refused' }), event('e3', { state: 'queued' }), event('e4', { state: 'done' })],
      warnings: [warning('w1', 'overdue'), warning('w2', 'open'), warning('w3', 'verified')],
    });
    expect(countBoard(tasks)).toEqual({ open: 6, unread: 1, overdue: 3 });
    expect(tasks.filter(isOpenTask).map((t) => t.id).sort()).toEqual(['a', 'b', 'e1', 'e2', 'w1', 'w2']);
  });
});
