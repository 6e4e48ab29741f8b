import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HighIncidencePanel, IncubationPanel, MonitoringPanel, SummaryPanel, Ticker } from '../../../common/contracts/dashboard.ts';
import { addDays, chinaDate } from '../../../common/time.ts';
import { createHousehold, createMovement, createPerson, GRID_A, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

/**
 * The panels against figures worked out by hand from a small fixture: arrivals on chosen days
 * around the 14-day window's edges, events in two periods and three places, in the street of
 * the demo grid worker (古楼街道), another street of the same district and another district.
 */
let ctx: TestContext;
const now = new Date();
const today = chinaDate(now);
const OTHER_STREET_GRID = '371502002004001';
const LINQING_GRID = '371581001001001';
// A minute ago, but never before today's first minute (China time), so "today" stays today.
const justNow = () => new Date(Math.max(now.getTime() - 60_000, Date.parse(`${today}T00:01:00+08:00`))).toISOString();
const daysAgoAtNoon = (days: number) => `${addDays(today, -days)}T12:00:00+08:00`;

async function arrival(as: string, grid: string, category: string, arrivedDaysAgo: number, direction: 'arrival' | 'departure' = 'arrival') {
  await createMovement(ctx, as, grid, { category, day: addDays(today, -arrivedDaysAgo), direction });
}

async function event(as: string, grid: string, category: string, occurredAt: string) {
  const res = await ctx.as(as)({ method: 'POST', url: '/api/events', payload: { id: crypto.randomUUID(), category, description: '巡查记录', occurredAt, location: await pointInGrid(ctx, grid) } });
  if (res.statusCode !== 201) throw new Error(`event: ${res.body}`);
}

const get = async <T>(as: string, url: string) => {
  const res = await ctx.as(as)({ url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};

beforeAll(async () => {
  ctx = await createTestContext();
  // 古楼街道, grid 1: Wuhan today (day 1), Hubei 13 days ago (day 14: in), another province
  // 14 days ago (day 15: out), abroad 20 days ago; one departure today.
  await arrival('grid_worker', GRID_A, 'wuhan', 0);
  await arrival('grid_worker', GRID_A, 'hubei_other', 13);
  await arrival('grid_worker', GRID_A, 'other_province', 14);
  await arrival('grid_worker', GRID_A, 'abroad', 20);
  await arrival('grid_worker', GRID_A, 'other_province', 0, 'departure');
  // Another street of 东昌府区, and 临清市 (outside the district).
  await arrival('admin', OTHER_STREET_GRID, 'wuhan', 2);
  await arrival('admin', LINQING_GRID, 'wuhan', 0);
  // Events: this week (today) and the week before (8 days ago).
  await event('grid_worker', GRID_A, 'disinfection', justNow());
  await event('grid_worker', GRID_A, 'disinfection', justNow());
  await event('grid_worker', GRID_A, 'disinfection', daysAgoAtNoon(8));
  await event('grid_worker', GRID_A, 'publicity', justNow());
  await event('admin', OTHER_STREET_GRID, 'disinfection', daysAgoAtNoon(1));
  await event('admin', OTHER_STREET_GRID, 'disinfection', daysAgoAtNoon(2));
  await event('admin', OTHER_STREET_GRID, 'disinfection', daysAgoAtNoon(3));
  await event('admin', LINQING_GRID, 'disinfection', justNow());
});
afterAll(() => ctx.close());

describe('数据汇总 summary', () => {
  it('counts arrivals by origin today, in the 14-day window and in all, for the street', async () => {
    const s = await get<SummaryPanel>('street_staff', '/api/dashboard/summary');
    expect(s.region).toMatchObject({ code: '371502001', level: 3 });
    expect(s.day).toBe(today);
    expect(s.arrivals.wuhan).toEqual({ today: 1, last14Days: 1, total: 1 });
    expect(s.arrivals.hubei_other).toEqual({ today: 0, last14Days: 1, total: 1 });
    expect(s.arrivals.other_province).toEqual({ today: 0, last14Days: 0, total: 1 });
    expect(s.arrivals.abroad).toEqual({ today: 0, last14Days: 0, total: 1 });
    expect(s.arrivalsAll).toEqual({ today: 1, last14Days: 2, total: 4 });
  });

  it('a district sees its streets together and nothing of another district', async () => {
    const s = await get<SummaryPanel>('district_staff', '/api/dashboard/summary');
    expect(s.arrivals.wuhan).toEqual({ today: 1, last14Days: 2, total: 2 });
    expect(s.arrivalsAll.total).toBe(5);
    const city = await get<SummaryPanel>('commander', '/api/dashboard/summary');
    expect(city.arrivalsAll.total).toBe(6);
  });

  it('moves down but never above or beside the viewer\'s region', async () => {
    const grid = await get<SummaryPanel>('district_staff', `/api/dashboard/summary?region=${GRID_A}`);
    expect(grid.arrivalsAll.total).toBe(4);
    for (const region of ['3715', '371581', '371502002']) {
      const res = await ctx.as('street_staff')({ url: `/api/dashboard/summary?region=${region}` });
      expect(res.statusCode, region).toBe(403);
      expect(res.json().error.code).toBe('OUT_OF_SCOPE');
    }
  });

  it('yesterday\'s figures are as they were yesterday; a future day is refused', async () => {
    const s = await get<SummaryPanel>('street_staff', `/api/dashboard/summary?day=${addDays(today, -1)}`);
    expect(s.arrivals.wuhan).toEqual({ today: 0, last14Days: 0, total: 0 });
    // Yesterday the arrival of 14 days ago was on its 14th day: still inside.
    expect(s.arrivals.other_province).toEqual({ today: 0, last14Days: 1, total: 1 });
    const future = await ctx.as('street_staff')({ url: `/api/dashboard/summary?day=${addDays(today, 1)}` });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual({ day: 'FUTURE_DATE' });
  });

  it('counts the case register at the end of the day and of the day before', async () => {
    const person = async () => (await createPerson(ctx, 'grid_worker', (await createHousehold(ctx, 'grid_worker', GRID_A)).id, { name: '钱病例' })).id;
    const create = async (status: string, statusOn: string) => {
      const res = await ctx.as('health')({ method: 'POST', url: '/api/cases', payload: { id: crypto.randomUUID(), personId: await person(), status, statusOn, source: '市卫健委通报' } });
      expect(res.statusCode, res.body).toBe(201);
      return (res.json() as { case: { id: string } }).case.id;
    };
    // Confirmed three days ago and cured today; suspected yesterday; suspected today, excluded today.
    const cured = await create('confirmed', addDays(today, -3));
    await create('suspected', addDays(today, -1));
    const excluded = await create('suspected', today);
    for (const [id, toStatus] of [[cured, 'cured'], [excluded, 'excluded']] as const) {
      const res = await ctx.as('health')({ method: 'POST', url: `/api/cases/${id}/changes`, payload: { id: crypto.randomUUID(), toStatus, changedOn: today, source: '医院报告' } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const s = await get<SummaryPanel>('street_staff', '/api/dashboard/summary');
    expect(s.cases.current).toEqual({ suspected: 1, confirmed: 0, cured: 1, deceased: 0, excluded: 1 });
    expect(s.cases.previous).toEqual({ suspected: 1, confirmed: 1, cured: 0, deceased: 0, excluded: 0 });
    expect([s.cases.confirmedTotal, s.cases.confirmedTotalPrevious]).toEqual([1, 1]);
    const other = await get<SummaryPanel>('linqing_staff', '/api/dashboard/summary');
    expect(Object.values(other.cases.current).every((n) => n === 0)).toBe(true);
  });

  it('is for staff and commanders, not grid workers', async () => {
    expect((await ctx.as('grid_worker')({ url: '/api/dashboard/summary' })).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/dashboard/summary' })).statusCode).toBe(401);
  });
});

describe('潜伏期趋势 incubation', () => {
  it('counts people inside the window per day: day 14 in, day 15 out', async () => {
    const from = addDays(today, -21);
    const p = await get<IncubationPanel>('street_staff', `/api/dashboard/incubation?from=${from}&to=${today}`);
    expect(p.days).toHaveLength(22);
    const on = (daysAgo: number) => p.days.find((d) => d.day === addDays(today, -daysAgo))!;
    expect(on(0).arrivals.wuhan).toBe(1);
    expect(on(0).departures.other_province).toBe(1);
    expect(on(0).inWindow).toMatchObject({ wuhan: 1, hubei_other: 1, other_province: 0, abroad: 0 });
    expect(on(1).inWindow).toMatchObject({ wuhan: 0, hubei_other: 1, other_province: 1 });
    expect(on(14).inWindow.other_province).toBe(1);
    expect(on(15).inWindow.other_province).toBe(0);
    // The arrival from abroad 20 days ago left the window 6 days ago (its day 15).
    expect(on(7).inWindow.abroad).toBe(1);
    expect(on(6).inWindow.abroad).toBe(0);
    expect(on(21).inWindow.abroad).toBe(0);
  });

  it('refuses a period that ends before it starts or is over a year long', async () => {
    const backwards = await ctx.as('street_staff')({ url: `/api/dashboard/incubation?from=${today}&to=${addDays(today, -1)}` });
    expect(backwards.json().error.fields).toEqual({ from: 'DATE_ORDER' });
    const long = await ctx.as('street_staff')({ url: `/api/dashboard/incubation?from=${addDays(today, -400)}&to=${today}` });
    expect(long.json().error.fields).toEqual({ to: 'TOO_MANY_DAYS' });
    const bad = await ctx.as('street_staff')({ url: '/api/dashboard/incubation?from=2020-02-30&to=2020-03-01' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('人员监控 monitoring', () => {
  it('gives the street and each community: workers by status, visits and reports today', async () => {
    const m = await get<MonitoringPanel>('street_staff', '/api/dashboard/monitoring');
    expect(m.eventsToday).toBe(3);
    const community = m.children.find((c) => c.region.code === '371502001001')!;
    expect(community.eventsToday).toBe(3);
    expect(community.arrivalsToday).toBe(1);
    // The demo grid worker did field work today; the street's other grids have no accounts.
    expect(community.workers).toEqual({ total: 1, onDuty: 0, activeToday: 1, inactive: 0 });
    expect(m.workers).toEqual(community.workers);
    expect(m.children.every((c) => c.region.level === 4)).toBe(true);
    const todayEvents = m.eventsByDay.find((d) => d.day === today)!;
    expect(todayEvents.byCategory).toMatchObject({ disinfection: 2, publicity: 1 });
    expect(m.eventsByDay).toHaveLength(14);
  });

  it('a worker on duty counts as on duty; a grid has its own row and no children', async () => {
    const shift = await ctx.as('grid_worker')({ method: 'POST', url: '/api/duty/shifts', payload: { id: crypto.randomUUID(), checkpointName: '古城卡点', startedAt: justNow() } });
    expect(shift.statusCode).toBe(201);
    const m = await get<MonitoringPanel>('street_staff', `/api/dashboard/monitoring?region=${GRID_A}`);
    expect(m.workers).toEqual({ total: 1, onDuty: 1, activeToday: 0, inactive: 0 });
    expect(m.children).toEqual([]);
    await ctx.as('grid_worker')({ method: 'POST', url: `/api/duty/shifts/${shift.json().id}/end`, payload: { endedAt: new Date().toISOString() } });
  });
});

describe('高发案件 high incidence', () => {
  it('ranks the district\'s streets per category over the period, against the period before', async () => {
    const from = addDays(today, -6);
    const p = await get<HighIncidencePanel>('district_staff', `/api/dashboard/high-incidence?from=${from}&to=${today}`);
    expect(p).toMatchObject({ previousFrom: addDays(today, -13), previousTo: addDays(today, -7) });
    const disinfection = p.categories.find((c) => c.category === 'disinfection')!;
    expect(disinfection.regions.map((r) => [r.region.code, r.count, r.previous])).toEqual([
      ['371502002', 3, 0],
      ['371502001', 2, 1],
    ]);
    expect(disinfection).toMatchObject({ total: 5, previousTotal: 1 });
    expect(p.categories.find((c) => c.category === 'publicity')!.regions.map((r) => r.region.code)).toEqual(['371502001']);
    expect(p.categories.find((c) => c.category === 'danger')!.regions).toEqual([]);
    expect(p.categories.map((c) => c.category)).toHaveLength(8);
  });
});

describe('ticker', () => {
  it('lists the newest happenings of the region by kind and place, with no personal data', async () => {
    const t = await get<Ticker>('street_staff', '/api/dashboard/ticker');
    expect(t.items.length).toBeGreaterThan(0);
    expect(t.items.every((i) => i.region.code.startsWith('371502001'))).toBe(true);
    expect(t.items.map((i) => i.kind)).toEqual(expect.arrayContaining(['event', 'arrival']));
    expect(t.items[0]!.path).toContain('古楼街道');
    const times = t.items.map((i) => i.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(JSON.stringify(t)).not.toMatch(/赵到达|巡查记录/);
  });
});
