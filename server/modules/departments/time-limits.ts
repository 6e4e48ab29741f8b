import type { TimeLimits } from '../../../common/contracts/dispatch.ts';
import { checkTimeLimits } from '../../../common/events/rules.ts';
import type { TimeLimitRule } from '../../../common/events/time-limits.ts';
import type { AreaKind, EventPriority } from '../../../common/events/vocabulary.ts';
import type { EventCategory } from '../../../common/field/vocabulary.ts';
import type { EventStep } from '../../../common/events/workflow.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import { auditTimeLimits } from './audit.ts';

export async function loadTimeLimits(db: Queryable): Promise<TimeLimitRule[]> {
  const rows = await db.selectFrom('event_time_limits').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    step: r.step as EventStep, category: r.category as EventCategory | null, priority: r.priority as EventPriority | null,
    area: r.area as AreaKind | null, minutes: r.minutes, workingHours: r.working_hours,
  }));
}

export async function timeLimits({ database }: AppServices): Promise<TimeLimits> {
  return { rules: await loadTimeLimits(database.db) };
}

/** The whole set is replaced in one transaction: a step is never left without a rule. */
export async function setTimeLimits({ database }: AppServices, actor: Actor, input: TimeLimits): Promise<TimeLimits> {
  assertNoFieldErrors(checkTimeLimits(input.rules));
  return database.transaction(async (tx) => {
    const before = await loadTimeLimits(tx);
    await tx.deleteFrom('event_time_limits').execute();
    await tx.insertInto('event_time_limits').values(input.rules.map((r) => ({
      step: r.step, category: r.category, priority: r.priority, area: r.area, minutes: r.minutes, working_hours: r.workingHours,
    }))).execute();
    await auditTimeLimits(tx, actor, before, input.rules);
    return { rules: await loadTimeLimits(tx) };
  });
}
