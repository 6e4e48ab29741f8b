import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGridWorker, GRID_A, GRID_B, isoNow, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { openShiftSecondsToday } from './day-split.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createGridWorker(ctx, 'worker_b', GRID_B);
});
afterAll(() => ctx.close());

const start = (as: string, payload: Record<string, unknown> = {}) => ctx.as(as)({ method: 'POST', url: '/api/duty/shifts', payload: { id: crypto.randomUUID(), checkpointName: '光岳路卡点', startedAt: isoNow(-3_600_000), ...payload } });
const beat = async (as: string, shiftId: string, at = isoNow()) => ctx.as(as)({ method: 'POST', url: '/api/heartbeats', payload: { id: crypto.randomUUID(), shiftId, at, location: await pointInGrid(ctx, GRID_A) } });

describe('checkpoint duty and worker status', () => {
  it('a worker starts a shift, sends heartbeats only while on duty, and ends it', async () => {
    const before = (await ctx.as('street_staff')({ url: '/api/workers' })).json();
    expect(before.items.find((w: { username: string }) => w.username === 'grid_worker').status).toBe('inactive');

    const shift = await start('grid_worker');
    expect(shift.statusCode).toBe(201);
    const id = shift.json().id;
    // The hour before now, minus whatever of it fell on yesterday (China time).
    const minutesToday = () => Math.floor(openShiftSecondsToday(new Date(shift.json().startedAt), new Date()) / 60);
    expect((await start('grid_worker')).json().error.code).toBe('ALREADY_ON_DUTY');
    const hb = await beat('grid_worker', id);
    expect(hb.statusCode).toBe(201);
    expect((await beat('worker_b', id)).json().error.code).toBe('NOT_ON_DUTY');

    const during = (await ctx.as('street_staff')({ url: '/api/workers?status=on_duty' })).json();
    expect(during.items.map((w: { username: string }) => w.username)).toEqual(['grid_worker']);
    expect(during.counts.on_duty).toBe(1);
    expect(during.items[0].openShift).toMatchObject({ id, checkpointName: '光岳路卡点' });
    expect(during.items[0].lastLon).not.toBeNull();
    // An open shift counts live, before check-out.
    expect(during.items[0].today.dutyMinutes).toBeGreaterThanOrEqual(minutesToday());

    const end = await ctx.as('grid_worker')({ method: 'POST', url: `/api/duty/shifts/${id}/end`, payload: { endedAt: isoNow() } });
    expect(end.statusCode).toBe(200);
    expect(end.json().endedAt).not.toBeNull();
    const again = await ctx.as('grid_worker')({ method: 'POST', url: `/api/duty/shifts/${id}/end`, payload: { endedAt: isoNow() } });
    expect(again.json().endedAt).toBe(end.json().endedAt);
    expect((await beat('grid_worker', id)).json().error.code).toBe('NOT_ON_DUTY');

    const after = (await ctx.as('street_staff')({ url: '/api/workers' })).json();
    const me = after.items.find((w: { username: string }) => w.username === 'grid_worker');
    expect(me.status).toBe('active_today');
    expect(me.today.dutyMinutes).toBeGreaterThanOrEqual(minutesToday());
    expect(me.lastActivityAt).not.toBeNull();
    const summary = (await ctx.as('grid_worker')({ url: '/api/field/summary' })).json();
    expect(summary.grids[0]).toMatchObject({ code: GRID_A });
    expect(summary.today.dutyMinutes).toBe(me.today.dutyMinutes);
    expect(summary.openShift).toBeNull();
  });

  it('refuses another worker\'s shift and bad times', async () => {
    const shift = (await start('worker_b', { startedAt: isoNow(-60_000) })).json();
    expect((await ctx.as('grid_worker')({ method: 'POST', url: `/api/duty/shifts/${shift.id}/end`, payload: { endedAt: isoNow() } })).statusCode).toBe(404);
    expect((await ctx.as('worker_b')({ method: 'POST', url: `/api/duty/shifts/${shift.id}/end`, payload: { endedAt: isoNow(-3_600_000) } })).json().error.fields).toEqual({ endedAt: 'DATE_ORDER' });
    expect((await start('grid_worker', { startedAt: isoNow(3_600_000) })).json().error.fields).toEqual({ startedAt: 'FUTURE_TIME' });
    expect((await start('grid_worker', { checkpointName: '' })).statusCode).toBe(400);
  });

  it('workers are listed only inside the viewer\'s region', async () => {
    const linqing = (await ctx.as('linqing_staff')({ url: '/api/workers' })).json();
    expect(linqing.items).toEqual([]);
    expect((await ctx.as('grid_worker')({ url: '/api/workers' })).statusCode).toBe(403);
  });
});
