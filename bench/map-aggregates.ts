import { sql } from 'kysely';
import { MAP_LAYER } from '../common/map/layers.ts';
import { LEVEL_CODE_LENGTH, levelOfCode, scopeRange, type RegionLevel } from '../common/regions/codes.ts';
import { addDays, chinaDate, chinaDayStart } from '../common/time.ts';
import type { Queryable } from '../server/db/database.ts';
import { openBenchApp, p95, timeEach } from './bench-app.ts';
import type { BenchResult } from './report.ts';

const LEVEL_NAMES = ['', 'city', 'district', 'street', 'community', 'grid'];

/** The chain city → district → street → community → grid down to the grid with the most arrivals. */
async function busiestChain(db: Queryable): Promise<string[]> {
  const { rows } = await sql<{ grid_code: string }>`SELECT grid_code FROM movements GROUP BY grid_code ORDER BY count(*) DESC, grid_code LIMIT 1`.execute(db);
  const grid = rows[0]!.grid_code;
  return ([1, 2, 3, 4, 5] as RegionLevel[]).map((l) => grid.slice(0, LEVEL_CODE_LENGTH[l]));
}

/**
 * The map's bubbles at every level, on the dashboard benchmark's database: p95 of each layer's
 * /api/map/aggregates (arrivals and events over 30 days, states at today), against the same
 * arrival and event counts per child by GROUP BY over the fact tables, in the same run.
 */
export async function benchMapAggregates(options: { url: string; requests: number; baselineRuns: number }): Promise<BenchResult[]> {
  const bench = await openBenchApp(options.url);
  const results: BenchResult[] = [];
  try {
    const today = chinaDate(new Date());
    const from = addDays(today, -29);
    for (const region of await busiestChain(bench.database.db)) {
      const level = levelOfCode(region)!;
      const childLength = LEVEL_CODE_LENGTH[Math.min(level + 1, 5) as RegionLevel];
      const perLayer: string[] = [];
      let countersMs = 0;
      for (const layer of MAP_LAYER.codes) {
        const ms = p95(await timeEach(options.requests, () => bench.get(`/api/map/aggregates?region=${region}&layer=${layer}&from=${from}&to=${today}`)));
        if (layer === 'arrivals' || layer === 'events') countersMs += ms;
        perLayer.push(`${layer} ${ms.toFixed(1)}`);
      }
      const { from: lo, to: hi } = scopeRange(region);
      const scanMs = p95(await timeEach(options.baselineRuns, () => Promise.all([
        sql`SELECT substr(grid_code, 1, ${sql.lit(childLength)}), category, count(*) FROM movements
          WHERE direction = 'arrival' AND moved_on BETWEEN ${from} AND ${today} AND grid_code >= ${lo} AND grid_code < ${hi} GROUP BY 1, 2`.execute(bench.database.db),
        sql`SELECT substr(grid_code, 1, ${sql.lit(childLength)}), category, count(*) FROM events
          WHERE occurred_at >= ${chinaDayStart(from)} AND occurred_at < ${chinaDayStart(addDays(today, 1))} AND grid_code >= ${lo} AND grid_code < ${hi} GROUP BY 1, 2`.execute(bench.database.db),
      ])));
      results.push({ name: `${LEVEL_NAMES[level]} ${region}: API p95 per layer (ms)`, value: perLayer.join(' · ') });
      results.push({ name: `${LEVEL_NAMES[level]} ${region}: arrivals+events API | GROUP BY over facts`, value: `${countersMs.toFixed(1)} ms | ${scanMs.toFixed(1)} ms — ${(scanMs / countersMs).toFixed(1)}× faster` });
    }
  } finally {
    await bench.close();
  }
  return results;
}
