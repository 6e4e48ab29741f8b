import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../../../common/time.ts';
import { createGridWorker, createHousehold, createPerson, GRID_A, GRID_B } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
let personId: string;
const today = chinaDate(new Date());
beforeAll(async () => {
  ctx = await createTestContext();
  await createGridWorker(ctx, 'worker_b', GRID_B);
  const household = await createHousehold(ctx, 'grid_worker', GRID_A);
  personId = (await createPerson(ctx, 'grid_worker', household.id, { name: '刘武汉' })).id;
});
afterAll(() => ctx.close());

const post = (payload: Record<string, unknown>, as = 'grid_worker') =>
  ctx.as(as)({ method: 'POST', url: '/api/movements', payload: { id: crypto.randomUUID(), personId, healthStatus: 'normal', ...payload } });

describe('arrivals and departures', () => {
  it('registers an arrival from Wuhan with its 14-day observation window, once per id', async () => {
    const arrivedOn = addDays(today, -3);
    const payload = { id: crypto.randomUUID(), personId, direction: 'arrival', category: 'wuhan', leftOn: addDays(today, -4), arrivedOn, transport: 'train', healthStatus: 'normal' };
    const first = await ctx.as('grid_worker')({ method: 'POST', url: '/api/movements', payload });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ direction: 'arrival', category: 'wuhan', province: '湖北省', city: '武汉市', observationEndsOn: addDays(arrivedOn, 14), inObservation: true, personName: '刘武汉' });
    const retry = await ctx.as('grid_worker')({ method: 'POST', url: '/api/movements', payload });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    const observed = (await ctx.as('street_staff')({ url: '/api/movements?inObservation=true' })).json();
    expect(observed.items.map((m: { id: string }) => m.id)).toContain(payload.id);
    expect(observed.items[0].personName).toBe('刘*汉');
  });

  it('an arrival more than 14 days ago is out of its window', async () => {
    const res = await post({ direction: 'arrival', category: 'abroad', city: '首尔', arrivedOn: addDays(today, -20) });
    expect(res.json()).toMatchObject({ observationEndsOn: addDays(today, -6), inObservation: false });
  });

  it('registers a departure', async () => {
    const res = await post({ direction: 'departure', category: 'other_province', province: '北京市', leftOn: today, transport: 'car' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ direction: 'departure', observationEndsOn: null, inObservation: false });
  });

  it('rejects a future arrival, reversed dates, an unknown category and a missing date, storing nothing', async () => {
    const before = await ctx.database.db.selectFrom('movements').select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect((await post({ direction: 'arrival', category: 'wuhan', arrivedOn: addDays(today, 2) })).json().error.fields).toEqual({ arrivedOn: 'FUTURE_DATE' });
    expect((await post({ direction: 'arrival', category: 'wuhan', leftOn: addDays(today, -1), arrivedOn: addDays(today, -2) })).json().error.fields).toEqual({ leftOn: 'DATE_ORDER' });
    const unknown = await post({ direction: 'arrival', category: 'mars', arrivedOn: today });
    expect(unknown.statusCode).toBe(400);
    expect(Object.keys(unknown.json().error.fields)).toEqual(['category']);
    expect((await post({ direction: 'departure', category: 'in_province' })).json().error.fields).toEqual({ leftOn: 'DEPARTURE_DATE_REQUIRED' });
    expect((await post({ direction: 'arrival', category: 'other_province', arrivedOn: today })).json().error.fields).toEqual({ province: 'PROVINCE_REQUIRED' });
    expect((await post({ direction: 'arrival', category: 'hubei_other', province: '河南省', arrivedOn: today })).json().error.fields).toEqual({ province: 'HUBEI_EXPECTED' });
    const after = await ctx.database.db.selectFrom('movements').select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('worker B cannot register a movement for worker A\'s person', async () => {
    const res = await post({ direction: 'arrival', category: 'wuhan', arrivedOn: today }, 'worker_b');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('PERSON_NOT_FOUND');
  });

  it('filters by direction, category and date, and exports the list to Excel (audited)', async () => {
    const arrivals = (await ctx.as('street_staff')({ url: `/api/movements?direction=arrival&category=wuhan&from=${addDays(today, -5)}&to=${today}` })).json();
    expect(arrivals.total).toBe(1);
    const res = await ctx.as('street_staff')({ url: '/api/movements/export?direction=arrival' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('方向');
    expect(sheet.getRow(2).getCell(2).value).toBe('刘*汉');
    const audit = await ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'export.movements').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ rows: 2 });
    expect((await ctx.as('grid_worker')({ url: '/api/movements/export' })).statusCode).toBe(403);
  });
});
