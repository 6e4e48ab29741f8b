import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGridWorker, createPerson, GRID_A, GRID_B, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createGridWorker(ctx, 'worker_b', GRID_B);
});
afterAll(() => ctx.close());

const post = (as: string, payload: Record<string, unknown>) => ctx.as(as)({ method: 'POST', url: '/api/households', payload: { id: crypto.randomUUID(), ...payload } });
const atAddress = async (address: string) => Number((await ctx.database.db.selectFrom('households').select(ctx.database.db.fn.countAll<number>().as('n')).where('address', 'like', `%${address.slice(-6)}%`).executeTakeFirstOrThrow()).n);

describe('a second household at the same address', () => {
  it('is refused with the existing one (head named as lists name it) unless the worker confirms it', async () => {
    const first = await post('grid_worker', { address: '古楼街道东关街17号', gridCode: GRID_A });
    expect(first.statusCode).toBe(201);
    await createPerson(ctx, 'grid_worker', first.json().id, { name: '李守门', relation: 'head' });

    const again = await post('grid_worker', { address: ' 古楼街道东关街 １７ 号', location: await pointInGrid(ctx, GRID_A) });
    expect(again.statusCode).toBe(409);
    const body = again.json();
    expect(body.error).toMatchObject({ code: 'HOUSEHOLD_DUPLICATE_ADDRESS', fields: { address: 'HOUSEHOLD_DUPLICATE_ADDRESS' } });
    expect(body.existing).toMatchObject({ id: first.json().id, address: '古楼街道东关街17号', grid: { code: GRID_A }, memberCount: 1, headName: '李守门' });

    // Street staff see names masked in lists: the head's name too.
    const staff = await post('street_staff', { address: '古楼街道东关街17号', gridCode: GRID_A });
    expect(staff.statusCode).toBe(409);
    expect(staff.json().existing.headName).toBe('李*门');

    const confirmed = await post('grid_worker', { address: '古楼街道东关街17号', gridCode: GRID_A, confirmDuplicate: true });
    expect(confirmed.statusCode).toBe(201);
    expect(await atAddress('东关街17号')).toBe(2);
  });

  it('another grid, or another number, is not the same address', async () => {
    const mine = await post('grid_worker', { address: '柳园路88号', gridCode: GRID_A });
    expect(mine.statusCode).toBe(201);
    expect((await post('worker_b', { address: '柳园路88号', gridCode: GRID_B })).statusCode).toBe(201);
    expect((await post('grid_worker', { address: '柳园路8号', gridCode: GRID_A })).statusCode).toBe(201);
  });

  it('a retry of a stored create still answers 200 with the record, not 409 against itself', async () => {
    const payload = { id: crypto.randomUUID(), address: '光岳路5号', gridCode: GRID_A };
    expect((await ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload })).statusCode).toBe(201);
    const retry = await ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(payload.id);
  });

  it('two phones sending the same new address at the same moment make one household and one 409', async () => {
    const answers = await Promise.all([0, 1].map(() => post('grid_worker', { address: '同时路1号', gridCode: GRID_A })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(await atAddress('同时路1号')).toBe(1);
  });

  it('the phone can ask before it registers one; out of scope it learns nothing', async () => {
    const stored = await post('grid_worker', { address: '问询路3号', gridCode: GRID_A });
    const ask = (as: string, address: string, gridCode = GRID_A) =>
      ctx.as(as)({ url: `/api/households/same-address?${new URLSearchParams({ gridCode, address })}` });
    const found = await ask('grid_worker', '问询路３号');
    expect(found.statusCode).toBe(200);
    expect(found.json().items).toMatchObject([{ id: stored.json().id, address: '问询路3号', headName: null }]);
    expect((await ask('grid_worker', '问询路4号')).json().items).toEqual([]);
    expect((await ask('worker_b', '问询路3号')).json().items).toEqual([]);
  });
});
