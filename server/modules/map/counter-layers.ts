import { sql } from 'kysely';
import type { MapLayer } from '../../../common/map/layers.ts';
import { METRICS, type Metric } from '../../../common/metrics.ts';
import { addDays } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import { tally, WINDOW_DAYS } from '../../core/counter-sums.ts';
import type { LayerQuery } from './layer-query.ts';

/** A region's counter sums: up to the period's last day, and within the period. */
interface CounterSum {
  metric: string;
  key: string;
  upTo: number;
  inPeriod: number;
}

interface CounterPlan {
  metrics: Metric[];
  /** The earliest day the layer needs (null: all history, for states built from entries and exits). */
  since: (q: LayerQuery) => string | null;
  /** The layer's count per category from one region's sums. */
  byKey: (sums: CounterSum[], into: Record<string, number>) => void;
}

const flow = (metric: Metric): CounterPlan => ({
  metrics: [metric],
  since: (q) => q.from,
  byKey: (sums, into) => { for (const s of sums) tally(into, s.key, s.inPeriod); },
});

/** The layers whose counts are sums of the daily counters, and how each reads them. */
export const COUNTER_LAYERS: Partial<Record<MapLayer, CounterPlan>> = {
  arrivals: flow(METRICS.arrivals),
  events: flow(METRICS.events),
  // The incubation panel's rule: in the window at the end of day D = arrived on D or the 13 days before.
  in_window: {
    metrics: [METRICS.arrivals],
    since: (q) => addDays(q.to, -(WINDOW_DAYS - 1)),
    byKey: (sums, into) => { for (const s of sums) tally(into, s.key, s.upTo); },
  },
  // In status S at the end of the day = entries to S − exits from S, both up to that day.
  cases: {
    metrics: [METRICS.caseEntries, METRICS.caseExits],
    since: () => null,
    byKey: (sums, into) => { for (const s of sums) tally(into, s.key, s.metric === METRICS.caseEntries ? s.upTo : -s.upTo); },
  },
  // Open at the end of the day = raised − verified up to it (whatever level or outcome);
  // verified = verified during the period.
  warnings: {
    metrics: [METRICS.warningsRaised, METRICS.warningsVerified],
    since: () => null,
    byKey: (sums, into) => {
      for (const s of sums) {
        if (s.metric === METRICS.warningsRaised) tally(into, 'open', s.upTo);
        else {
          tally(into, 'open', -s.upTo);
          tally(into, 'verified', s.inPeriod);
        }
      }
    },
  },
};

/**
 * Counts per category of a counter layer for every region of the given levels inside `scope`,
 * from those regions' own rolled-up counters: a few rows per region and day.
 */
export async function counterLayerCounts(db: Queryable, plan: CounterPlan, q: LayerQuery, scope: string, levels: number[]): Promise<Map<string, Record<string, number>>> {
  const since = plan.since(q);
  const rows = await db.selectFrom('counts_by_region')
    .select([
      'region_code', 'metric', 'key',
      sql<number>`sum(n)`.as('upTo'),
      sql<number>`coalesce(sum(n) FILTER (WHERE day >= ${q.from}), 0)`.as('inPeriod'),
    ])
    .where('metric', 'in', plan.metrics).where('level', 'in', levels).where(inScope('region_code', scope))
    .where('day', '<=', q.to)
    .$if(since !== null, (b) => b.where('day', '>=', since!))
    .groupBy(['region_code', 'metric', 'key'])
    .execute();
  const sumsByRegion = new Map<string, CounterSum[]>();
  for (const r of rows) {
    const sums = sumsByRegion.get(r.region_code) ?? [];
    sums.push({ metric: r.metric, key: r.key, upTo: Number(r.upTo), inPeriod: Number(r.inPeriod) });
    sumsByRegion.set(r.region_code, sums);
  }
  const counts = new Map<string, Record<string, number>>();
  for (const [region, sums] of sumsByRegion) {
    const byKey: Record<string, number> = {};
    plan.byKey(sums, byKey);
    counts.set(region, byKey);
  }
  return counts;
}
