import { describe, expect, it } from 'vitest';
import { commandRates, type CommandFigures } from './command-rates.ts';

const NONE: CommandFigures = {
  instructionReceipts: 0, instructionsRead: 0, instructionsDone: 0, instructionsOverdue: 0, eventsOpen: 0, eventsOverdue: 0, eventsClosed: 0, eventsClosedOnTime: 0,
};

describe('command rates', () => {
  it('share the receipts read and done, and the day\'s closed events closed on time', () => {
    expect(commandRates({ ...NONE, instructionReceipts: 8, instructionsRead: 6, instructionsDone: 1, eventsClosed: 3, eventsClosedOnTime: 2 }))
      .toEqual({ read: 75, done: 12, closedOnTime: 66 });
  });

  it('have no rate for a day without instructions or without closed events', () => {
    expect(commandRates({ ...NONE, eventsOpen: 5 })).toEqual({ read: null, done: null, closedOnTime: null });
    expect(commandRates({ ...NONE, instructionReceipts: 2 })).toEqual({ read: 0, done: 0, closedOnTime: null });
  });
});
