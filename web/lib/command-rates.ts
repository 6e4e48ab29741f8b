import type { CommandPanel } from '../../common/contracts/dashboard.ts';
import { rateOf } from './rates.ts';

/** The figures the command panel (指挥调度) has for its region and for each child region. */
export type CommandFigures = Omit<CommandPanel['children'][number], 'code' | 'name'>;

export interface CommandRates {
  /** Of the day's receipts, opened (read or done). */
  read: number | null;
  done: number | null;
  /** 按期结案率: of the events closed on the day, those with no step late. */
  closedOnTime: number | null;
}

export const commandRates = (f: CommandFigures): CommandRates => ({
  read: rateOf(f.instructionsRead, f.instructionReceipts),
  done: rateOf(f.instructionsDone, f.instructionReceipts),
  closedOnTime: rateOf(f.eventsClosedOnTime, f.eventsClosed),
});
