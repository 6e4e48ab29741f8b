import { describe, expect, it } from 'vitest';
import type { CommandPanel } from '../../../common/contracts/dashboard.ts';
import { laggingRegions } from './command-option.ts';

type Child = CommandPanel['children'][number];
const child = (code: string, receipts: number, read: number, done: number): Child => ({
  code, name: `区${code}`, instructionReceipts: receipts, instructionsRead: read, instructionsDone: done, instructionsOverdue: 0,
  eventsOpen: 0, eventsOverdue: 0, eventsClosed: 0, eventsClosedOnTime: 0,
});

describe('lagging regions', () => {
  it('puts the least done first, then the least signed for, and leaves out regions the instructions did not reach', () => {
    const rows = laggingRegions([child('01', 10, 10, 9), child('02', 0, 0, 0), child('03', 4, 1, 0), child('04', 4, 3, 0), child('05', 3, 3, 3)], 10);
    expect(rows).toEqual([
      { code: '03', name: '区03', read: 25, done: 0 },
      { code: '04', name: '区04', read: 75, done: 0 },
      { code: '01', name: '区01', read: 100, done: 90 },
      { code: '05', name: '区05', read: 100, done: 100 },
    ]);
  });

  it('keeps at most the rows that fit', () => {
    const children = Array.from({ length: 9 }, (_, i) => child(`0${i}`, 5, i % 5, 0));
    expect(laggingRegions(children, 6)).toHaveLength(6);
    expect(laggingRegions([], 6)).toEqual([]);
  });
});
