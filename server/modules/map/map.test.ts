import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapAggregates, MapList, MapPoints, Trajectory } from '../../../common/contracts/map.ts';
import type { CheckpointView, WarningPage } from '../../../common/contracts/declarations.ts';
import { LAYER_DEFINITIONS, MAP_LAYER, MAX_GRID_POINTS, type MapLayer } from '../../../common/map/layers.ts';
import { addDays, chinaDate } from '../../../common/time.ts';
import { createHousehold, createMovement, createPerson, GRID_A, GRID_B, newPhone, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

/**
 * The map's API on a small fixture in 古楼街道 (grid A), another street of 东昌府区 and 临清市:
 * every level's count is the sum of its children's, the list behind a count has exactly that
 * many rows, points stay inside their grid and bounded, a trajectory is ordered and scoped.
 */
let ctx: TestContext;
const today = chinaDate(new Date());
const OTHER_STREET_GRID = '371502002004001';
const LINQING_GRID = '371581001001001';
const CHAIN = ['3715', '371502', '371502001', '371502001001', GRID_A];
const PERIOD = `from=${addDays(today, -29)}&to=${today}`;
const allKeys = (layer: MapLayer) => LAYER_DEFINITIONS[layer].keys.codes.join(',');
let traveller: { id: string; phone: string };

const arrival = (as: string, grid: string, category: string, daysAgo: number) =>
  createMovement(ctx, as, grid, { category, day: addDays(today, -daysAgo), name: '欧阳到达' });

async function event(as: string, grid: string, category: string, daysAgo: number) {
  const occurredAt = daysAgo === 0 ? new Date(Math.max(Date.now() - 60_000, Date.parse(`${today}T00:01:00+08:00`))).toISOString() : `${addDays(today, -daysAgo)}T12:00:00+08:00`;
  const res = await ctx.as(as)({ method: 'POST', url: '/api/events', payload: { id: crypto.randomUUID(), category, description: '地图测试事件', occurredAt, location: await pointInGrid(ctx, grid) } });
  expect(res.statusCode, res.body).toBe(201);
}

async function tokenIn(community: string): Promise<string> {
  const page = (await ctx.as('admin')({ url: `/api/checkpoints?region=${community}&limit=200` })).json() as { items: CheckpointView[] };
  return page.items.find((c) => c.active)!.token;
}

async function declare(token: string, name: string, phone: string, temperature: number) {
  const res = await ctx.app.inject({
    method: 'POST', url: '/api/public/declarations',
    payload: { token, id: crypto.randomUUID(), name, phone, direction: 'in', temperature, symptoms: [], keyAreaTravel: false, caseContact: false },
  });
  expect(res.statusCode, res.body).toBe(201);
}

const get = async <T>(as: string, url: string): Promise<T> => {
  const res = await ctx.as(as)({ url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};

beforeAll(async () => {
  ctx = await createTestContext();
  await arrival('grid_worker', GRID_A, 'wuhan', 0);
  await arrival('grid_worker', GRID_A, 'hubei_other', 13);
  await arrival('grid_worker', GRID_A, 'other_province', 14);
  await arrival('admin', GRID_B, 'abroad', 3);
  await arrival('admin', OTHER_STREET_GRID, 'wuhan', 2);
  await arrival('admin', LINQING_GRID, 'wuhan', 0);
  await event('grid_worker', GRID_A, 'disinfection', 0);
  await event('grid_worker', GRID_A, 'suspected_case_found', 5);
  await event('admin', OTHER_STREET_GRID, 'disinfection', 1);
  await event('admin', LINQING_GRID, 'publicity', 0);

  // A confirmed case 6 days ago, cured yesterday; a suspected case in 临清 today.
  const patient = await arrival('grid_worker', GRID_A, 'wuhan', 10);
  const caseId = crypto.randomUUID();
  const created = await ctx.as('health')({ method: 'POST', url: '/api/cases', payload: { id: caseId, personId: patient.id, status: 'confirmed', statusOn: addDays(today, -6), source: '市疾控中心' } });
  expect(created.statusCode, created.body).toBe(201);
  const cured = await ctx.as('health')({ method: 'POST', url: `/api/cases/${caseId}/changes`, payload: { id: crypto.randomUUID(), toStatus: 'cured', changedOn: addDays(today, -1), source: '定点医院' } });
  expect(cured.statusCode, cured.body).toBe(201);
  const suspect = await arrival('admin', LINQING_GRID, 'other_province', 1);
  expect((await ctx.as('health')({ method: 'POST', url: '/api/cases', payload: { id: crypto.randomUUID(), personId: suspect.id, status: 'suspected', statusOn: today, source: '发热门诊' } })).statusCode).toBe(201);

  // Two fevers at a checkpoint of grid A's community: one warning verified, one open; and a
  // registered traveller who declared there and at a checkpoint in another street.
  const token = await tokenIn('371502001001');
  await declare(token, '发热甲', newPhone(), 38.6);
  await declare(token, '发热乙', newPhone(), 38.9);
  const warnings = await get<WarningPage>('street_staff', '/api/warnings?status=open');
  const verified = await ctx.as('grid_worker')({ method: 'POST', url: `/api/warnings/${warnings.items[0]!.id}/verify`, payload: { outcome: 'normal' } });
  expect(verified.statusCode, verified.body).toBe(200);
  const phone = newPhone();
  const household = await createHousehold(ctx, 'grid_worker', GRID_A);
  const person = await createPerson(ctx, 'grid_worker', household.id, { name: '司马行者', phone });
  traveller = { id: person.id, phone };
  await declare(token, '司马行者', phone, 36.5);
  await declare(await tokenIn('371502002004'), '司马行者', phone, 36.6);
});
afterAll(() => ctx.close());

describe('aggregates', () => {
  it('each level\'s count is the sum of its children\'s, for every layer and category', async () => {
    for (const layer of MAP_LAYER.codes) {
      for (const region of CHAIN) {
        const a = await get<MapAggregates>('commander', `/api/map/aggregates?region=${region}&layer=${layer}&${PERIOD}&keys=${allKeys(layer)}`);
        expect(a.region.code).toBe(region);
        if (a.region.level === 5) {
          expect(a.children).toEqual([]);
          continue;
        }
        expect(a.children.length, `${layer} ${region}`).toBeGreaterThan(0);
        expect(a.count, `${layer} ${region}`).toBe(a.children.reduce((s, c) => s + c.count, 0));
        for (const key of LAYER_DEFINITIONS[layer].keys.codes) {
          expect(a.byKey[key], `${layer} ${region} ${key}`).toBe(a.children.reduce((s, c) => s + c.byKey[key]!, 0));
        }
        for (const child of a.children) expect(child.centroid, child.code).not.toBeNull();
        // The next level down answers the same count for itself.
        const next = CHAIN[CHAIN.indexOf(region) + 1]!;
        const below = await get<MapAggregates>('commander', `/api/map/aggregates?region=${next}&layer=${layer}&${PERIOD}&keys=${allKeys(layer)}`);
        expect(below.count, `${layer} ${next}`).toBe(a.children.find((c) => c.code === next)!.count);
      }
    }
  });

  it('counts what the fixture holds, by the layer\'s time rule', async () => {
    const street = (layer: string, query: string) => get<MapAggregates>('street_staff', `/api/map/aggregates?layer=${layer}&${query}`);
    const arrivals = await street('arrivals', `from=${addDays(today, -20)}&to=${today}`);
    expect(arrivals.region.code).toBe('371502001');
    expect(arrivals.byKey).toMatchObject({ wuhan: 2, hubei_other: 1, other_province: 1, abroad: 1 });
    // Day 14 after arrival is inside the window, day 15 is not.
    expect((await street('in_window', `to=${today}`)).byKey).toMatchObject({ wuhan: 2, hubei_other: 1, other_province: 0, abroad: 1 });
    expect((await street('in_window', `to=${addDays(today, -1)}`)).byKey).toMatchObject({ wuhan: 1, hubei_other: 1, other_province: 1, abroad: 1 });
    expect((await street('events', `to=${today}`)).byKey).toMatchObject({ disinfection: 1, suspected_case_found: 0 });
    // The case was confirmed until yesterday, cured since.
    expect((await street('cases', `to=${addDays(today, -2)}`)).byKey).toMatchObject({ confirmed: 1, cured: 0 });
    const casesToday = await street('cases', `to=${today}`);
    expect(casesToday.byKey).toMatchObject({ confirmed: 0, cured: 1 });
    expect(casesToday.count).toBe(0);
    expect((await get<MapAggregates>('commander', '/api/map/aggregates?layer=cases')).count).toBe(1);
    expect((await street('warnings', `keys=open,verified`)).byKey).toEqual({ open: 1, verified: 1 });
    const workers = await street('workers', '');
    expect(workers.count).toBeGreaterThan(0);
    expect(workers.children.find((c) => c.code === '371502001001')!.count).toBeGreaterThan(0);
  });

  it('the list behind every count has exactly that many rows', async () => {
    for (const layer of MAP_LAYER.codes) {
      for (const region of ['371502', '371502001001']) {
        const query = `region=${region}&layer=${layer}&${PERIOD}&keys=${allKeys(layer)}`;
        const a = await get<MapAggregates>('commander', `/api/map/aggregates?${query}`);
        const list = await get<MapList>('commander', `/api/map/list?${query}&limit=200`);
        expect(list.total, `${layer} ${region}`).toBe(a.count);
        if (layer !== 'workers' && layer !== 'checkpoints') expect(list.items.length).toBe(a.count);
        for (const item of list.items) expect(item.grid.code.startsWith(region)).toBe(true);
      }
    }
  });

  it('has a row per arrival, each opening its person', async () => {
    const list = await get<MapList>('commander', `/api/map/list?region=${GRID_A}&layer=arrivals&${PERIOD}`);
    expect(new Set(list.items.map((i) => i.id)).size).toBe(list.items.length);
    for (const item of list.items) {
      expect(item.item).toBe('person');
      expect((await ctx.as('commander')({ url: `/api/persons/${item.personId}` })).statusCode).toBe(200);
    }
    const events = await get<MapList>('commander', `/api/map/list?region=${GRID_A}&layer=events&${PERIOD}`);
    expect(events.items.every((i) => i.personId === null && i.item === 'event')).toBe(true);
  });

  it('masks people\'s names in lists', async () => {
    const list = await get<MapList>('commander', `/api/map/list?region=${GRID_A}&layer=arrivals&${PERIOD}`);
    expect(list.items.some((i) => i.title === '欧**达')).toBe(true);
    expect(list.items.every((i) => !i.title.includes('欧阳到达'))).toBe(true);
    const warnings = await get<MapList>('commander', `/api/map/list?layer=warnings&keys=open,verified`);
    expect(warnings.items.map((i) => i.title).sort()).toEqual(['发*乙', '发*甲'].sort());
  });
});

describe('points', () => {
  it('answers the located items of one grid, inside it', async () => {
    const p = await get<MapPoints>('street_staff', `/api/map/points?region=${GRID_A}&layer=arrivals&${PERIOD}`);
    expect(p.total).toBe(4);
    expect(p.points).toHaveLength(4);
    expect(p.truncated).toBe(false);
    const [minLon, minLat, maxLon, maxLat] = p.region.bbox!;
    for (const point of p.points) {
      expect(point.grid.code).toBe(GRID_A);
      expect(point.lon!).toBeGreaterThanOrEqual(minLon);
      expect(point.lon!).toBeLessThanOrEqual(maxLon);
      expect(point.lat!).toBeGreaterThanOrEqual(minLat);
      expect(point.lat!).toBeLessThanOrEqual(maxLat);
    }
    const checkpoints = await get<MapPoints>('street_staff', `/api/map/points?region=${GRID_A}&layer=checkpoints`);
    for (const c of checkpoints.points) expect(c.item).toBe('checkpoint');
  });

  it('is for one grid inside the caller\'s region only', async () => {
    const notGrid = await ctx.as('commander')({ url: '/api/map/points?region=371502001001&layer=events' });
    expect(notGrid.statusCode).toBe(400);
    const outside = await ctx.as('street_staff')({ url: `/api/map/points?region=${OTHER_STREET_GRID}&layer=events` });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('OUT_OF_SCOPE');
  });
});

describe('trajectory', () => {
  it('lists a person\'s timed locations oldest first', async () => {
    const t = await get<Trajectory>('district_staff', `/api/map/persons/${traveller.id}/trajectory`);
    expect(t.stops.map((s) => s.source).sort()).toEqual(['declaration', 'declaration', 'registration']);
    const times = t.stops.map((s) => Date.parse(s.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(t.outsideScope).toBe(0);
  });

  it('leaves out stops outside the caller\'s region, and people outside it', async () => {
    const t = await get<Trajectory>('street_staff', `/api/map/persons/${traveller.id}/trajectory`);
    expect(t.stops.every((s) => s.grid.code.startsWith('371502001'))).toBe(true);
    expect(t.outsideScope).toBe(1);
    const linqing = await ctx.as('admin')({ url: `/api/persons?region=${LINQING_GRID}` });
    const stranger = (linqing.json() as { items: { id: string }[] }).items[0]!;
    const res = await ctx.as('street_staff')({ url: `/api/map/persons/${stranger.id}/trajectory` });
    expect(res.statusCode).toBe(404);
  });
});

describe('bad requests', () => {
  it('answers field-level codes and never half an answer', async () => {
    const cases: [string, string, number, string | undefined][] = [
      ['commander', '/api/map/aggregates?layer=rumours', 400, undefined],
      ['commander', '/api/map/aggregates?layer=events&keys=disinfection,gossip', 400, 'keys'],
      ['commander', `/api/map/aggregates?layer=events&to=${addDays(today, 1)}`, 400, 'to'],
      ['commander', `/api/map/aggregates?layer=events&from=${today}&to=${addDays(today, -1)}`, 400, 'from'],
      ['commander', '/api/map/aggregates?layer=events&region=371599', 404, undefined],
      ['street_staff', '/api/map/aggregates?layer=events&region=371581', 403, undefined],
      ['health', '/api/map/aggregates?layer=workers', 403, undefined],
      ['grid_worker', '/api/map/aggregates?layer=events', 403, undefined],
      ['commander', '/api/map/persons/not-a-uuid/trajectory', 400, undefined],
      ['commander', '/api/map/aggregates?layer=in_window&to=0000-01-10', 400, 'to'],
      ['commander', '/api/map/list?layer=arrivals&from=0000-01-10&to=2020-01-01', 400, 'from'],
      ['commander', '/api/map/list?layer=events&offset=100000000000000000000', 400, 'offset'],
      ['commander', '/api/map/list?layer=events&limit=0', 400, 'limit'],
    ];
    for (const [who, url, status, field] of cases) {
      const res = await ctx.as(who)({ url });
      expect(res.statusCode, url).toBe(status);
      if (field) expect(Object.keys(res.json().error.fields ?? {}), url).toContain(field);
    }
  });
});

describe('bounded points', () => {
  it('answers at most MAX_GRID_POINTS points and says it cut', async () => {
    const [reporter] = await ctx.database.db.selectFrom('users').select('id').where('username', '=', 'admin').execute();
    const at = await pointInGrid(ctx, GRID_B);
    const rows = Array.from({ length: MAX_GRID_POINTS + 5 }, () => ({
      id: crypto.randomUUID(), grid_code: GRID_B, category: 'publicity', description: '宣传点', occurred_at: new Date(), lon: at.lon, lat: at.lat, reported_by: reporter!.id,
    }));
    for (let i = 0; i < rows.length; i += 1000) await ctx.database.db.insertInto('events').values(rows.slice(i, i + 1000)).execute();
    const p = await get<MapPoints>('commander', `/api/map/points?region=${GRID_B}&layer=events`);
    expect(p.points).toHaveLength(MAX_GRID_POINTS);
    expect(p.total).toBe(MAX_GRID_POINTS + 5);
    expect(p.truncated).toBe(true);
  });
});

describe('base map', () => {
  it('is none by default, and a configured one is served with its hosts allowed', async () => {
    expect((await get<{ baseMap: unknown }>('commander', '/api/map/config')).baseMap).toBeNull();
    const configured = await createTestContext({ env: { EPIGRID_MAP_TILES: 'https://webrd0{1-4}.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}', EPIGRID_MAP_CRS: 'gcj02' } });
    try {
      const res = await configured.as('commander')({ url: '/api/map/config' });
      expect(res.json().baseMap).toMatchObject({ kind: 'raster', crs: 'gcj02', tileSize: 256 });
      expect(res.headers['content-security-policy']).toContain('img-src \'self\' data: blob: https://*.is.autonavi.com');
    } finally {
      await configured.close();
    }
  });
});
