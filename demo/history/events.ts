import type { Insertable } from 'kysely';
import type { EventCategory } from '../../common/field/vocabulary.ts';
import type { EventStatusChangesTable, EventsTable } from '../../server/db/schema.ts';
import { runLoop, type LoopContext } from './event-loop.ts';
import type { Random } from '../geography/prng.ts';
import { workHours, type HistoryCalendar } from './calendar.ts';
import { eventDescription } from './event-texts.ts';
import { pointInGrid, type HistoryGrid } from './grids.ts';
import { apportion, chance, uuidAt, weightedCode, weightedPicker } from './random.ts';

const MINUTE = 60_000;

/** Routine work dominates; suspected cases are rare. */
export const drawEventCategory = weightedCode<EventCategory>({
  publicity: 330, disinfection: 300, convenience_service: 150, assistance: 90, other: 80, danger: 35,
  suspected_case_outing: 10, suspected_case_found: 5,
});
/** Reports a worker files in one round of one kind of work, a quarter of an hour apart. */
const ROUND_SIZE = weightedCode({ 1: 30, 2: 30, 3: 25, 4: 15 });
const ROUND_STEP = 15 * MINUTE;
/**
 * Reporting ramps up over the first week as the grid workers are mobilised (publicity and
 * disinfection everywhere), eases off as the work becomes routine, and rises again briefly
 * with the return-to-work wave.
 */
const DAILY_CURVE = (x: number) => Math.min(1, 0.35 + x * 4) * (0.55 + 0.45 * Math.exp(-(((x - 0.3) / 0.3) ** 2))) + 0.15 * Math.exp(-(((x - 0.68) / 0.1) ** 2));
/** Grid workers worked weekends too, but fewer rounds. */
const RHYTHM = { weekend: 0.8, wobble: 0.07 };

export interface EventContext {
  calendar: HistoryCalendar;
  grids: HistoryGrid[];
  workers: string[];
  loop: LoopContext;
}

/** Every dispatch column, so that all rows carry the same keys (the bulk insert reads the first row's). */
const UNTOUCHED: Partial<Insertable<EventsTable>> = {
  status: 'reported', status_note: null, status_by: null, status_at: null, priority: 'normal', source: 'field',
  assigned_department_id: null, assigned_user_id: null, dispatched_by: null, dispatcher_region: null, handled_on_spot: false,
  step_started_at: null, step_due_at: null, escalated_at: null, supervision_region: null, accepted_at: null, dispatched_at: null,
  handled_at: null, closed_at: null, dispatch_on_time: null, handle_on_time: null, close_on_time: null, late_steps: 0, returns: 0, reworks: 0,
};

export function buildEvents(total: number, ctx: EventContext, random: Random): { events: Insertable<EventsTable>[]; changes: Insertable<EventStatusChangesTable>[] } {
  const { calendar, grids, workers } = ctx;
  const now = calendar.now.getTime();
  const gridOf = weightedPicker(grids.map((g) => Math.sqrt(Math.max(g.population, 1))));
  const rows: Insertable<EventsTable>[] = [];
  const changes: Insertable<EventStatusChangesTable>[] = [];
  apportion(total, calendar.dailyWeights(DAILY_CURVE, RHYTHM, random)).forEach((n, day) => {
    let left = 0;
    let g = 0;
    let category: EventCategory = 'other';
    let occurredAt = 0;
    for (let k = 0; k < n; k++) {
      if (left === 0 || occurredAt + ROUND_STEP >= now) {
        g = gridOf(random);
        category = drawEventCategory(random);
        left = category.startsWith('suspected') ? 1 : Number(ROUND_SIZE(random));
        occurredAt = calendar.instant(day, random, workHours).getTime();
      } else {
        occurredAt += ROUND_STEP;
      }
      left -= 1;
      const grid = grids[g]!;
      // Reported a little after it happened, never later than now.
      const reportedAt = Math.max(occurredAt, Math.min(occurredAt + Math.round(2 + random() * 40) * MINUTE, now - 1000));
      const [lon, lat] = pointInGrid(grid, random);
      const id = uuidAt(reportedAt, random);
      const priority = category.startsWith('suspected') || (category === 'danger' && chance(random, 0.5)) ? 'urgent' : 'normal';
      const life = runLoop({ id, gridCode: grid.code, category, priority, reportedAt, reporter: workers[g]! }, now, ctx.loop, random);
      changes.push(...life.changes);
      rows.push({
        ...UNTOUCHED, ...life.set,
        id, grid_code: grid.code, category, description: eventDescription(category, grid.name, random),
        occurred_at: new Date(occurredAt), lon, lat, needs_review: false, review_reason: null,
        reported_by: workers[g]!, created_at: new Date(reportedAt),
      } as Insertable<EventsTable>);
    }
  });
  return { events: rows.sort((a, b) => (a.id < b.id ? -1 : 1)), changes };
}
