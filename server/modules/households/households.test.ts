import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGridWorker, createHousehold, createPerson, GRID_A, GRID_B, newIdNumber, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { OBSERVATION_DAYS } from '../../../common/field/vocabulary.ts';
import { addDays, chinaDate } from '../../../common/time.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createGridWorker(ctx, 'worker_b', GRID_B);
});
afterAll(() => ctx.close());

const count = async (table: 'households' | 'persons') => Number((await ctx.database.db.selectFrom(table).select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('households', () => {
  it('registers a household in the worker\'s grid from its GPS position, once per client id', async () => {
    const id = crypto.randomUUID();
    const location = await pointInGrid(ctx, GRID_A);
    const payload = { id, address: '古楼街道光岳路12号', location: { ...location, accuracy: 12 }, note: '三口之家' };
    const first = await ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id, address: '古楼街道光岳路12号', grid: { code: GRID_A }, memberCount: 0 });
    const retry = await ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    const stored = await ctx.database.db.selectFrom('households').select('id').where('id', '=', id).execute();
    expect(stored).toHaveLength(1);
  });

  it('takes GCJ-02 positions from Chinese map SDKs and stores WGS-84', async () => {
    const { lon, lat } = await pointInGrid(ctx, GRID_A);
    const { fromWgs84 } = await import('../../../common/geo/crs.ts');
    const [x, y] = fromWgs84(lon, lat, 'gcj02');
    const res = await ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload: { id: crypto.randomUUID(), address: '测试地址', location: { lon: x, lat: y, crs: 'gcj02' } } });
    expect(res.statusCode).toBe(201);
    expect(res.json().lon).toBeCloseTo(lon, 5);
    expect(res.json().lat).toBeCloseTo(lat, 5);
  });

  it('refuses a location outside the city, or in another worker\'s grid, and stores nothing', async () => {
    const before = await count('households');
    const outside = await ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload: { id: crypto.randomUUID(), address: '北京', location: { lon: 116.4, lat: 39.9 } } });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields).toEqual({ location: 'OUTSIDE_ALL_GRIDS' });
    const neighbour = await ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload: { id: crypto.randomUUID(), address: '隔壁', location: await pointInGrid(ctx, GRID_B) } });
    expect(neighbour.statusCode).toBe(403);
    expect(neighbour.json().error.code).toBe('OUT_OF_SCOPE');
    const bad = await ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload: { id: 'not-a-uuid', address: '', location: { lon: 'x', lat: 36 } } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['address', 'id', 'location.lon']);
    expect(await count('households')).toBe(before);
  });

  it('an explicit grid of my own wins over a GPS fix that drifted next door', async () => {
    const res = await ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload: { id: crypto.randomUUID(), address: '边界户', location: await pointInGrid(ctx, GRID_B), gridCode: GRID_A } });
    expect(res.statusCode).toBe(201);
    expect(res.json().grid.code).toBe(GRID_A);
  });

  it('worker B cannot read or write worker A\'s households', async () => {
    const household = await createHousehold(ctx, 'grid_worker', GRID_A);
    expect((await ctx.as('worker_b')({ url: `/api/households/${household.id}` })).statusCode).toBe(404);
    const list = (await ctx.as('worker_b')({ url: '/api/households?limit=200' })).json();
    expect(list.items.every((h: { grid: { code: string } }) => h.grid.code === GRID_B)).toBe(true);
    const person = await ctx.as('worker_b')({ method: 'POST', url: '/api/persons', payload: { id: crypto.randomUUID(), householdId: household.id, name: '李四' } });
    expect(person.statusCode).toBe(404);
    expect(person.json().error.code).toBe('HOUSEHOLD_NOT_FOUND');
    // Street staff read everything in their street.
    const street = (await ctx.as('street_staff')({ url: `/api/households/${household.id}` }));
    expect(street.statusCode).toBe(200);
  });

  it('shows members and visits on the household', async () => {
    const household = await createHousehold(ctx, 'grid_worker', GRID_A);
    await createPerson(ctx, 'grid_worker', household.id);
    await createPerson(ctx, 'grid_worker', household.id, { name: '王小明', relation: 'child', idNumber: newIdNumber('20120301'), phone: undefined });
    const visit = await ctx.as('grid_worker')({ method: 'POST', url: '/api/visits', payload: { id: crypto.randomUUID(), householdId: household.id, visitedAt: new Date().toISOString(), metCount: 2, outcome: 'normal' } });
    expect(visit.statusCode).toBe(201);
    const detail = (await ctx.as('grid_worker')({ url: `/api/households/${household.id}` })).json();
    expect(detail.household.memberCount).toBe(2);
    expect(detail.household.lastVisitAt).not.toBeNull();
    expect(detail.members.map((m: { name: string }) => m.name).sort()).toEqual(['王小明', '王建国']);
    expect(detail.visits).toHaveLength(1);
  });

  it('names the members under observation after an arrival, with the day it ends', async () => {
    const household = await createHousehold(ctx, 'grid_worker', GRID_A);
    const back = await createPerson(ctx, 'grid_worker', household.id, { name: '赵归来' });
    const earlier = await createPerson(ctx, 'grid_worker', household.id, { name: '钱早归', relation: 'spouse', idNumber: newIdNumber('19800101') });
    await createPerson(ctx, 'grid_worker', household.id, { name: '孙在家', relation: 'child', idNumber: newIdNumber('20100101') });
    const today = chinaDate(new Date());
    const arrive = (personId: string, day: string) => ctx.as('grid_worker')({
      method: 'POST', url: '/api/movements',
      payload: { id: crypto.randomUUID(), personId, direction: 'arrival', category: 'other_province', province: '河北省', leftOn: day, arrivedOn: day, healthStatus: 'normal' },
    });
    expect((await arrive(back.id, today)).statusCode).toBe(201);
    expect((await arrive(earlier.id, addDays(today, -(OBSERVATION_DAYS + 2)))).statusCode).toBe(201);
    const detail = (await ctx.as('grid_worker')({ url: `/api/households/${household.id}` })).json();
    expect(detail.observation).toEqual([{ personId: back.id, observationEndsOn: addDays(today, OBSERVATION_DAYS) }]);
  });
});
