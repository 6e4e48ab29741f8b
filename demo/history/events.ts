import type { Insertable } from 'kysely';
import type { EventStatus } from '../../common/events/workflow.ts';
import type { EventCategory } from '../../common/field/vocabulary.ts';
import type { EventsTable } from '../../server/db/schema.ts';
import type { Random } from '../geography/prng.ts';
import { workHours, type HistoryCalendar } from './calendar.ts';
import { eventDescription } from './event-texts.ts';
import { pointInGrid, type HistoryGrid } from './grids.ts';
import { apportion, chance, uuidAt, weightedCode, weightedPicker } from './random.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

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
  /** The account that handles events in a grid (the nearest staff above it), if any. */
  handlerFor: (gridCode: string) => string | null;
}

/**
 * Where a report has got to by now: accepted within hours, handled within a day or two, closed
 * after that; a few are rejected as duplicates. Only the final step is stored on the event;
 * the steps before it are written from it in SQL (see writeEventHistory).
 */
function progress(reportedAt: number, now: number, random: Random): { status: EventStatus; at: number; note: string | null } {
  const acceptedAt = reportedAt + (0.3 + random() * 3) * HOUR;
  if (chance(random, 0.03)) return acceptedAt <= now ? { status: 'rejected', at: acceptedAt, note: '重复上报' } : { status: 'reported', at: reportedAt, note: null };
  const resolvedAt = acceptedAt + (2 + random() * 30) * HOUR;
  const closedAt = chance(random, 0.9) ? resolvedAt + (6 + random() * 48) * HOUR : Infinity;
  if (closedAt <= now) return { status: 'closed', at: closedAt, note: '处置完毕，予以结案' };
  if (resolvedAt <= now) return { status: 'handled', at: resolvedAt, note: '已处置' };
  if (acceptedAt <= now) return { status: 'accepted', at: acceptedAt, note: null };
  return { status: 'reported', at: reportedAt, note: null };
}

export function buildEvents(total: number, ctx: EventContext, random: Random): Insertable<EventsTable>[] {
  const { calendar, grids, workers } = ctx;
  const now = calendar.now.getTime();
  const gridOf = weightedPicker(grids.map((g) => Math.sqrt(Math.max(g.population, 1))));
  const rows: Insertable<EventsTable>[] = [];
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
      const handler = ctx.handlerFor(grid.code);
      const step = handler ? progress(reportedAt, now, random) : { status: 'reported' as const, at: reportedAt, note: null };
      const moved = step.status !== 'reported';
      rows.push({
        id: uuidAt(reportedAt, random), grid_code: grid.code, category, description: eventDescription(category, grid.name, random),
        occurred_at: new Date(occurredAt), lon, lat, needs_review: false, review_reason: null,
        status: step.status, status_note: moved ? step.note : null, status_by: moved ? handler : null, status_at: moved ? new Date(Math.floor(step.at / 1000) * 1000) : null,
        reported_by: workers[g]!, created_at: new Date(reportedAt),
      });
    }
  });
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}
