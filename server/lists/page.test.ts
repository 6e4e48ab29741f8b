import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGridWorker, createHousehold, createPerson, GRID_A, GRID_B } from '../test/factories.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { encodeCursor } from './cursor.ts';
import { TOTAL_CAP } from './total.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createGridWorker(ctx, 'worker_b', GRID_B);
});
afterAll(() => ctx.close());

const list = (url: string) => ctx.as('community_staff')({ url });

describe('list pages', () => {
  it('walks every row exactly once by cursor, in order, when rows share their time to the millisecond', async () => {
    const household = await createHousehold(ctx, 'grid_worker', GRID_A);
    for (let i = 0; i < 7; i++) await createPerson(ctx, 'grid_worker', household.id, { name: `同时${i}` });
    // Ties on the first key, and two rows apart by one microsecond only (a JavaScript Date would merge them).
    await sql`UPDATE persons SET created_at = CASE WHEN name IN ('同时0', '同时1') THEN '2020-02-01 08:00:00.123457+00'::timestamptz ELSE '2020-02-01 08:00:00.123456+00'::timestamptz END
      WHERE household_id = ${household.id}`.execute(ctx.database.db);
    const expected = await ctx.database.db.selectFrom('persons').select('id').where('grid_code', '=', GRID_A)
      .orderBy('created_at', 'desc').orderBy('id', 'desc').execute();

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await list(`/api/persons?region=${GRID_A}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      seen.push(...page.items.map((p: { id: string }) => p.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(seen).toEqual(expected.map((r) => r.id));
    expect(new Set(seen).size).toBe(seen.length);

    // offset keeps answering the same pages as before, now with the cursor of its last row.
    const byOffset = (await list(`/api/persons?region=${GRID_A}&offset=2&limit=2`)).json();
    expect(byOffset.items.map((p: { id: string }) => p.id)).toEqual(seen.slice(2, 4));
    const next = (await list(`/api/persons?region=${GRID_A}&limit=2&cursor=${byOffset.nextCursor}`)).json();
    expect(next.items.map((p: { id: string }) => p.id)).toEqual(seen.slice(4, 6));
  });

  it('answers a cursor it did not give out with 400 and fields.cursor = INVALID_CURSOR', async () => {
    await createHousehold(ctx, 'grid_worker', GRID_A);
    const households = (await list(`/api/households?region=${GRID_A}&limit=1`)).json();
    const cursors = [
      'not a cursor!',
      'e30',
      households.nextCursor as string,
      encodeCursor('persons', ['2020-02-31 08:00:00+00', '00000000-0000-0000-0000-000000000000']),
      encodeCursor('persons', ['2020-02-01 08:00:00+00', 'not-a-uuid']),
      encodeCursor('persons', ['2020-02-01 08:00:00+00']),
    ];
    expect(households.nextCursor).toBeTypeOf('string');
    for (const cursor of cursors) {
      const res = await list(`/api/persons?region=${GRID_A}&cursor=${encodeURIComponent(cursor)}`);
      expect(res.statusCode, cursor).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { cursor: 'INVALID_CURSOR' } });
    }
  });

  it('counts a large match up to the cap and says so; a small one exactly', async () => {
    await sql`INSERT INTO persons (id, grid_code, name, created_by, created_at)
      SELECT gen_random_uuid(), ${GRID_B}, '批量' || s, (SELECT id FROM users WHERE username = 'admin'), now() - s * interval '1 second'
      FROM generate_series(1, ${TOTAL_CAP + 50}) s`.execute(ctx.database.db);
    const big = (await ctx.as('worker_b')({ url: '/api/persons?name=批量' })).json();
    expect(big).toMatchObject({ total: TOTAL_CAP, totalIsLowerBound: true });
    expect(big.items).toHaveLength(50);
    expect(big.nextCursor).toBeTypeOf('string');

    const small = (await ctx.as('worker_b')({ url: '/api/persons?name=批量1000' })).json();
    expect(small.total).toBe(small.items.length);
    expect(small).not.toHaveProperty('totalIsLowerBound');
    expect(small).not.toHaveProperty('nextCursor');
  });
});
