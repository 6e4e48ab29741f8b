import { sql } from 'kysely';
import type { DeclarationDaily, DeclarationDay, DailyQuery } from '../../../common/contracts/declarations.ts';
import { SYMPTOM } from '../../../common/declarations/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import { daysBetween } from '../../../common/time.ts';
import { inScope } from '../../db/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import { eachDay, panelRegion } from '../regions/panel-region.ts';
import { sumCountersByDay } from '../../core/counters-read.ts';

const MAX_DAYS = 92;

/** Vital signs per day (体征监测): declarations, each symptom, warnings raised and verified, from the counters. */
export async function declarationDaily({ database }: AppServices, actor: Actor, q: DailyQuery, now = new Date()): Promise<DeclarationDaily> {
  const region = (await panelRegion(database.db, actor, q.region)).region.code;
  const span = daysBetween(q.from, q.to);
  if (span < 0) throw new AppError('VALIDATION_FAILED', undefined, { from: 'DATE_ORDER' });
  if (span >= MAX_DAYS) throw new AppError('VALIDATION_FAILED', `at most ${MAX_DAYS} days`, { to: 'TOO_MANY_DAYS' });
  const sums = await sumCountersByDay(database.db, {
    scope: region, from: q.from, to: q.to,
    metrics: [METRICS.declarations, METRICS.declarationResults, METRICS.symptoms, METRICS.feverTemperatures, METRICS.warningsRaised, METRICS.warningsVerified],
  });
  const days = new Map<string, DeclarationDay>();
  for (const d of eachDay(q.from, q.to)) {
    days.set(d, {
      day: d, declarations: 0, entering: 0, leaving: 0, stops: 0, feverTemperatures: 0,
      symptoms: Object.fromEntries(SYMPTOM.codes.map((s) => [s, 0])), warningsRaised: 0, warningsVerified: 0,
    });
  }
  for (const s of sums) {
    const day = days.get(s.day);
    if (!day) continue;
    if (s.metric === METRICS.declarations) {
      day.declarations += s.n;
      if (s.key === 'in') day.entering += s.n;
      else day.leaving += s.n;
    } else if (s.metric === METRICS.declarationResults && s.key === 'stop') day.stops += s.n;
    else if (s.metric === METRICS.symptoms) day.symptoms[s.key] = (day.symptoms[s.key] ?? 0) + s.n;
    else if (s.metric === METRICS.feverTemperatures) day.feverTemperatures += s.n;
    else if (s.metric === METRICS.warningsRaised) day.warningsRaised += s.n;
    else if (s.metric === METRICS.warningsVerified) day.warningsVerified += s.n;
  }
  // Open and overdue are states, not events: one bounded count on the warnings index.
  const state = await database.db.selectFrom('warnings').where('status', '=', 'open').where(inScope('grid_code', region))
    .select([sql<number>`count(*) FILTER (WHERE due_at >= ${now})`.as('open'), sql<number>`count(*) FILTER (WHERE due_at < ${now})`.as('overdue')])
    .executeTakeFirstOrThrow();
  return { days: [...days.values()], openWarnings: Number(state.open), overdueWarnings: Number(state.overdue) };
}
