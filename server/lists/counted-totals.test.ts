import crypto from 'node:crypto';
import fc from 'fast-check';
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate, chinaDayStart } from '../../common/time.ts';
import { createGridWorker, createHousehold, createMovement, GRID_A, GRID_B, pointInGrid } from '../test/factories.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';

/*
 * A filtered list's total comes from the daily counters when they answer the filter. Whatever
 * filter a user picks, that figure must be the number of rows the list would page through.
 */

let ctx: TestContext;
const today = chinaDate(new Date());
const ORIGINS = ['wuhan', 'hubei_other', 'other_province', 'abroad', 'in_province'] as const;
const EVENT_CATEGORIES = ['publicity', 'disinfection', 'danger'] as const;
const REGIONS = ['3715', '371502', '371502001001', GRID_A, GRID_B];

beforeAll(async () => {
  ctx = await createTestContext();
  await createGridWorker(ctx, 'worker_b', GRID_B);
  let i = 0;
  for (const [worker, grid] of [['grid_worker', GRID_A], ['worker_b', GRID_B]] as const) {
    for (const category of ORIGINS) {
      for (const daysAgo of [0, 3, 9]) {
        i++;
        await createMovement(ctx, worker, grid, { category, day: addDays(today, -daysAgo), direction: i % 3 === 0 ? 'departure' : 'arrival' });
      }
    }
    const household = await createHousehold(ctx, worker, grid);
    const location = await pointInGrid(ctx, grid);
    for (const [n, category] of EVENT_CATEGORIES.entries()) {
      for (const daysAgo of [0, 1, 5 + n]) {
        const occurredAt = new Date(chinaDayStart(addDays(today, -daysAgo)).getTime() + (daysAgo === 0 ? 60_000 : 23.5 * 3_600_000)).toISOString();
        const event = await ctx.as(worker)({ method: 'POST', url: '/api/events', payload: { id: crypto.randomUUID(), category, description: '列表合计', occurredAt, location } });
        if (event.statusCode !== 201) throw new Error(event.body);
        const visitedAt = new Date(chinaDayStart(addDays(today, -daysAgo)).getTime() + 3_600_000).toISOString();
        const visit = await ctx.as(worker)({ method: 'POST', url: '/api/visits', payload: { id: crypto.randomUUID(), householdId: household.id, visitedAt, metCount: 1, outcome: 'normal' } });
        if (visit.statusCode !== 201) throw new Error(visit.body);
      }
    }
  }
}, 120_000);
afterAll(() => ctx.close());

async function rowsMatching(table: RawBuilder<unknown>, where: RawBuilder<unknown>[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${table} WHERE ${sql.join(where, sql` AND `)}`.execute(ctx.database.db);
  return Number(rows[0]!.n);
}

const inRegion = (column: string, region: string) => sql`${sql.ref(column)} LIKE ${`${region}%`}`;
const day = fc.integer({ min: 0, max: 12 }).map((n) => addDays(today, -n));
const range = fc.record({ from: fc.option(day, { nil: undefined }), to: fc.option(day, { nil: undefined }) });
const query = (q: Record<string, string | undefined>) => new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined)).toString();

describe('list totals from the counters', () => {
  it('movements: the total is the number of rows for any region, direction, origin and dates', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...REGIONS), fc.option(fc.constantFrom('arrival', 'departure'), { nil: undefined }), fc.option(fc.constantFrom(...ORIGINS), { nil: undefined }), range,
      async (region, direction, category, { from, to }) => {
        const page = (await ctx.as('commander')({ url: `/api/movements?${query({ region, direction, category, from, to, limit: '5' })}` })).json();
        const where = [inRegion('grid_code', region)];
        if (direction) where.push(sql`direction = ${direction}`);
        if (category) where.push(sql`category = ${category}`);
        if (from) where.push(sql`moved_on >= ${from}`);
        if (to) where.push(sql`moved_on <= ${to}`);
        expect(page.total).toBe(await rowsMatching(sql`movements`, where));
      }), { numRuns: 60 });
  });

  it('events: the total is the number of rows for any region, category and China days', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...REGIONS), fc.option(fc.constantFrom(...EVENT_CATEGORIES), { nil: undefined }), range,
      async (region, category, { from, to }) => {
        const page = (await ctx.as('commander')({ url: `/api/events?${query({ region, category, from, to, limit: '5' })}` })).json();
        const where = [inRegion('grid_code', region)];
        if (category) where.push(sql`category = ${category}`);
        if (from) where.push(sql`occurred_at >= ${chinaDayStart(from)}`);
        if (to) where.push(sql`occurred_at < ${chinaDayStart(addDays(to, 1))}`);
        expect(page.total).toBe(await rowsMatching(sql`events`, where));
      }), { numRuns: 40 });
  });

  it('visits: the total is the number of rows for any region and China days', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...REGIONS), range, async (region, { from, to }) => {
      const page = (await ctx.as('commander')({ url: `/api/visits?${query({ region, from, to, limit: '5' })}` })).json();
      const where = [inRegion('grid_code', region)];
      if (from) where.push(sql`visited_at >= ${chinaDayStart(from)}`);
      if (to) where.push(sql`visited_at < ${chinaDayStart(addDays(to, 1))}`);
      expect(page.total).toBe(await rowsMatching(sql`visits`, where));
    }), { numRuns: 30 });
  });
});
