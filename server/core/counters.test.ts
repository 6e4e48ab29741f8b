import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../../common/time.ts';
import { createGridWorker, createHousehold, createPerson, GRID_A, GRID_B, isoNow, pointInGrid } from '../test/factories.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createGridWorker(ctx, 'worker_b', GRID_B);
});
afterAll(() => ctx.close());

/** What daily_counts must hold, recomputed from the fact tables with plain SQL. */
const RECOUNT = sql<{ day: string; grid_code: string; metric: string; key: string; n: number }>`
  SELECT day::text AS day, grid_code, metric, key, sum(n)::bigint AS n FROM (
    SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, grid_code, 'households' AS metric, '' AS key, 1 AS n FROM households
    UNION ALL SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date, grid_code, 'persons', '', 1 FROM persons
    UNION ALL SELECT (visited_at AT TIME ZONE 'Asia/Shanghai')::date, grid_code, 'visits', outcome, 1 FROM visits
    UNION ALL SELECT moved_on, grid_code, CASE direction WHEN 'arrival' THEN 'arrivals' ELSE 'departures' END, category, 1 FROM movements
    UNION ALL SELECT (occurred_at AT TIME ZONE 'Asia/Shanghai')::date, grid_code, 'events', category, 1 FROM events
    UNION ALL SELECT (started_at AT TIME ZONE 'Asia/Shanghai')::date, grid_code, 'duty_shifts', '', 1 FROM duty_shifts
  ) facts GROUP BY 1, 2, 3, 4`;

async function counters() {
  const rows = await sql<{ day: string; grid_code: string; metric: string; key: string; n: number }>`
    SELECT day::text AS day, grid_code, metric, key, n FROM daily_counts WHERE metric <> 'duty_minutes'`.execute(ctx.database.db);
  return rows.rows.map((r) => ({ ...r, n: Number(r.n) })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('daily counters', () => {
  it('equal a recount of the facts after a day of mixed work, retries and rejected input included', async () => {
    const today = chinaDate(new Date());
    for (const [worker, grid] of [['grid_worker', GRID_A], ['worker_b', GRID_B]] as const) {
      const household = await createHousehold(ctx, worker, grid);
      const person = await createPerson(ctx, worker, household.id);
      const movement = { id: crypto.randomUUID(), personId: person.id, direction: 'arrival', category: 'hubei_other', arrivedOn: addDays(today, -2), healthStatus: 'fever' };
      await ctx.as(worker)({ method: 'POST', url: '/api/movements', payload: movement });
      await ctx.as(worker)({ method: 'POST', url: '/api/movements', payload: movement });
      await ctx.as(worker)({ method: 'POST', url: '/api/movements', payload: { ...movement, id: crypto.randomUUID(), direction: 'departure', category: 'in_province', arrivedOn: undefined, leftOn: today } });
      await ctx.as(worker)({ method: 'POST', url: '/api/movements', payload: { ...movement, id: crypto.randomUUID(), arrivedOn: addDays(today, 3) } });
      for (const outcome of ['normal', 'not_home', 'normal']) {
        await ctx.as(worker)({ method: 'POST', url: '/api/visits', payload: { id: crypto.randomUUID(), householdId: household.id, visitedAt: isoNow(-86_400_000), metCount: 1, outcome } });
      }
      const event = { id: crypto.randomUUID(), category: 'disinfection', description: '楼道消杀', occurredAt: isoNow(), location: await pointInGrid(ctx, grid) };
      await ctx.as(worker)({ method: 'POST', url: '/api/events', payload: event });
      await ctx.as(worker)({ method: 'POST', url: '/api/events', payload: event });
      const shift = (await ctx.as(worker)({ method: 'POST', url: '/api/duty/shifts', payload: { id: crypto.randomUUID(), checkpointName: '卡点', startedAt: isoNow(-7_200_000) } })).json();
      await ctx.as(worker)({ method: 'POST', url: `/api/duty/shifts/${shift.id}/end`, payload: { endedAt: isoNow() } });
    }
    const expected = (await RECOUNT.execute(ctx.database.db)).rows.map((r) => ({ ...r, n: Number(r.n) })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(await counters()).toEqual(expected);
    expect(expected.find((r) => r.metric === 'visits' && r.key === 'normal' && r.grid_code === GRID_A)?.n).toBe(2);
    expect(expected.filter((r) => r.metric === 'arrivals')).toHaveLength(2);

    const workerDays = await ctx.database.db.selectFrom('worker_days').selectAll().where('day', '=', today).orderBy('grid_code').execute();
    expect(workerDays.map((w) => [w.grid_code, w.households, w.persons, w.movements, w.events])).toEqual([[GRID_A, 1, 1, 2, 1], [GRID_B, 1, 1, 2, 1]]);
    const dutyMinutes = await ctx.database.db.selectFrom('daily_counts').select(sql<number>`sum(n)`.as('n')).where('metric', '=', 'duty_minutes').executeTakeFirstOrThrow();
    expect(Number(dutyMinutes.n)).toBeGreaterThanOrEqual(238);

    // Every region above the grid holds the sum of its grids' counters.
    const rolledUp = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (
      (SELECT day, region_code, metric, key, n FROM region_counts
        EXCEPT SELECT c.day, left(c.grid_code, l.len), c.metric, c.key, sum(c.n) FROM daily_counts c
          CROSS JOIN (VALUES (4), (6), (9), (12)) l(len) GROUP BY 1, 2, 3, 4)
      UNION ALL
      (SELECT c.day, left(c.grid_code, l.len), c.metric, c.key, sum(c.n) FROM daily_counts c
          CROSS JOIN (VALUES (4), (6), (9), (12)) l(len) GROUP BY 1, 2, 3, 4
        EXCEPT SELECT day, region_code, metric, key, n FROM region_counts)) differences`.execute(ctx.database.db);
    expect(rolledUp.rows[0]!.n).toBe(0);
    const city = await ctx.database.db.selectFrom('region_counts').select(sql<number>`sum(n)`.as('n')).where('region_code', '=', '3715').where('metric', '=', 'arrivals').executeTakeFirstOrThrow();
    expect(Number(city.n)).toBe(2);
  });
});
