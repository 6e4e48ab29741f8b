import { pickRule, stepDeadline } from '../../../common/events/time-limits.ts';
import { areaOfStreet } from '../../../common/events/vocabulary.ts';
import type { EventStep } from '../../../common/events/workflow.ts';
import type { Queryable } from '../../db/database.ts';
import { loadTimeLimits } from '../departments/time-limits.ts';
import { streetNameOf } from './store.ts';

/**
 * The deadline of a step starting now, by the rule that fits the event best. The area comes
 * from the grid's street: a 街道 is urban, a 镇 or 乡 rural.
 */
export async function stepDueAt(db: Queryable, event: { grid_code: string; category: string; priority: string }, step: EventStep, start: Date): Promise<Date | null> {
  const [rules, street] = await Promise.all([loadTimeLimits(db), streetNameOf(db, event.grid_code)]);
  const rule = pickRule(rules, { step, category: event.category, priority: event.priority, area: areaOfStreet(street) });
  return rule ? stepDeadline(start, rule) : null;
}

/** A step finished after its deadline (a suspended step has none and cannot be late). */
export function finishedLate(dueAt: Date | null, at: Date): boolean {
  return dueAt !== null && at > dueAt;
}
