import { sql } from 'kysely';
import { CASE_STATUS, type CaseStatus } from '../../../common/cases/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import type { Queryable } from '../../db/database.ts';
import { levelOf } from '../../core/counters-read.ts';
import { tally, zeros } from '../../core/counter-sums.ts';

export interface CaseCounts {
  /** Cases in each status at the end of the day. */
  byStatus: Record<CaseStatus, number>;
  /** Cases that were ever confirmed by the end of the day (confirmed now, or later cured or deceased). */
  confirmedTotal: number;
}

/**
 * The register's state at the end of `day` and of the day before, from the entry and exit
 * counters: in status S = entries to S − exits from S, both up to the day. One scan of the
 * case counters of the region, however many cases there are.
 */
export async function caseCountsAt(db: Queryable, scope: string, day: string, previousDay: string): Promise<{ now: CaseCounts; previous: CaseCounts }> {
  const rows = await db.selectFrom('counts_by_region')
    .select([
      'metric', 'key',
      sql<number>`sum(n)`.as('upToDay'),
      sql<number>`coalesce(sum(n) FILTER (WHERE day <= ${previousDay}), 0)`.as('upToPrevious'),
    ])
    .where('metric', 'in', [METRICS.caseEntries, METRICS.caseExits]).where('level', '=', levelOf(scope)).where('region_code', '=', scope).where('day', '<=', day)
    .groupBy(['metric', 'key'])
    .execute();
  const now = { byStatus: zeros(CASE_STATUS.codes), confirmedTotal: 0 };
  const previous = { byStatus: zeros(CASE_STATUS.codes), confirmedTotal: 0 };
  for (const r of rows) {
    const sign = r.metric === METRICS.caseEntries ? 1 : -1;
    tally(now.byStatus, r.key, sign * Number(r.upToDay));
    tally(previous.byStatus, r.key, sign * Number(r.upToPrevious));
    if (r.metric === METRICS.caseEntries && r.key === 'confirmed') {
      now.confirmedTotal = Number(r.upToDay);
      previous.confirmedTotal = Number(r.upToPrevious);
    }
  }
  return { now, previous };
}
