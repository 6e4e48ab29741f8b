import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromWgs84 } from '../../../common/geo/crs.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { listWithGeometry } from './store.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('GET /api/regions/{code}', () => {
  it('answers the city with its eight districts and their grid counts', async () => {
    const res = await ctx.as('admin')({ url: '/api/regions/3715' });
    expect(res.statusCode).toBe(200);
    const city = res.json();
    expect(city).toMatchObject({ code: '3715', name: '聊城市', level: 1, parentCode: null });
    expect(city.children).toHaveLength(8);
    expect(city.children.map((c: { code: string }) => c.code)).toEqual(['371502', '371503', '371521', '371522', '371524', '371525', '371526', '371581']);
    expect(city.counts).toEqual({ districts: 8, streets: 136, communities: 2408, grids: 8129 });
    const gridSum = city.children.reduce((s: number, c: { gridCount: number }) => s + c.gridCount, 0);
    expect(gridSum).toBe(8129);
    const dongchangfu = city.children[0];
    expect(dongchangfu).toMatchObject({ name: '东昌府区', level: 2, childCount: 24 });
  });

  it('accepts the city\'s six-digit statistical code', async () => {
    const res = await ctx.as('admin')({ url: '/api/regions/371500' });
    expect(res.json().code).toBe('3715');
  });

  it('counts a community\'s grids', async () => {
    const street = (await ctx.as('admin')({ url: '/api/regions/371502001' })).json();
    expect(street.chain.map((r: { name: string }) => r.name)).toEqual(['聊城市', '东昌府区', '古楼街道']);
    const community = street.children.find((c: { code: string }) => c.code === '371502001001');
    expect(community.name).toBe('古城社区居委会');
    expect(community.gridCount).toBeGreaterThan(0);
    expect(community.gridCount).toBe(community.childCount);
    const detail = (await ctx.as('admin')({ url: '/api/regions/371502001001' })).json();
    expect(detail.children).toHaveLength(community.gridCount);
    expect(detail.children.every((g: { level: number; gridCount: number }) => g.level === 5 && g.gridCount === 1)).toBe(true);
  });

  it('answers 404 for an unknown region and 400 for a malformed code', async () => {
    const missing = await ctx.as('admin')({ url: '/api/regions/371599' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('REGION_NOT_FOUND');
    const bad = await ctx.as('admin')({ url: '/api/regions/abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('code');
  });
});

describe('scope', () => {
  it('a district user cannot read another district', async () => {
    const as = ctx.as('district_staff');
    expect((await as({ url: '/api/regions/371502' })).statusCode).toBe(200);
    for (const url of ['/api/regions/371581', '/api/regions/3715', '/api/regions/371581/geometry', '/api/regions/371581/export']) {
      const res = await as({ url });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('OUT_OF_SCOPE');
    }
    expect((await as({ url: '/api/regions?parent=371581' })).json()).toEqual({ items: [] });
    const search = (await as({ url: `/api/regions?q=${encodeURIComponent('临清')}` })).json();
    expect(search.items).toEqual([]);
  });

  it('lists the caller\'s root, children and a name search inside scope', async () => {
    const as = ctx.as('street_staff');
    expect((await as({ url: '/api/regions' })).json().items).toEqual([
      { code: '371502001', name: '古楼街道', level: 3, parentCode: '371502', kind: '街道' },
    ]);
    const children = (await as({ url: '/api/regions?parent=371502001' })).json().items;
    expect(children.length).toBeGreaterThan(0);
    expect(children.every((c: { code: string }) => c.code.startsWith('371502001'))).toBe(true);
    const grids = (await as({ url: '/api/regions?level=5&limit=500' })).json().items;
    expect(grids.every((c: { code: string; level: number }) => c.code.startsWith('371502001') && c.level === 5)).toBe(true);
  });
});

describe('geometry', () => {
  it('answers a region outline and its children as GeoJSON', async () => {
    const self = (await ctx.as('admin')({ url: '/api/regions/371502/geometry' })).json();
    expect(self.type).toBe('Feature');
    expect(['Polygon', 'MultiPolygon']).toContain(self.geometry.type);
    expect(self.properties).toMatchObject({ code: '371502', name: '东昌府区' });
    const children = (await ctx.as('admin')({ url: '/api/regions/371502/geometry?of=children' })).json();
    expect(children.type).toBe('FeatureCollection');
    expect(children.features).toHaveLength(24);
  });
});

describe('GET /api/regions/locate', () => {
  async function someGrid() {
    const [grid] = await listWithGeometry(ctx.database.db, { codes: ['371502001001001'] });
    return grid!;
  }

  it('walks from the grid up to the city', async () => {
    const grid = await someGrid();
    const [lon, lat] = grid.centroid!;
    const res = await ctx.as('grid_worker')({ url: `/api/regions/locate?lon=${lon}&lat=${lat}` });
    expect(res.statusCode).toBe(200);
    const chain = res.json().chain;
    expect(chain.map((r: { level: number }) => r.level)).toEqual([5, 4, 3, 2, 1]);
    expect(chain[0].code).toBe(ctx.services.locator.locate(lon, lat).gridCode);
    expect(chain[4]).toEqual({ code: '3715', name: '聊城市', level: 1 });
  });

  it('converts GCJ-02 and BD-09 input to WGS-84 first', async () => {
    const [lon, lat] = (await someGrid()).centroid!;
    const wgs = (await ctx.as('admin')({ url: `/api/regions/locate?lon=${lon}&lat=${lat}` })).json();
    for (const crs of ['gcj02', 'bd09'] as const) {
      const [x, y] = fromWgs84(lon, lat, crs);
      const res = (await ctx.as('admin')({ url: `/api/regions/locate?lon=${x}&lat=${y}&crs=${crs}` })).json();
      expect(res.chain[0].code).toBe(wgs.chain[0].code);
      expect(res.point.lon).toBeCloseTo(lon, 5);
      expect(res.point.lat).toBeCloseTo(lat, 5);
    }
  });

  it('reports a point outside every grid explicitly', async () => {
    const res = await ctx.as('admin')({ url: '/api/regions/locate?lon=116.404&lat=39.915' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('OUTSIDE_ALL_GRIDS');
    expect(res.json().point).toEqual({ lon: 116.404, lat: 39.915 });
  });

  it('validates the coordinates', async () => {
    const res = await ctx.as('admin')({ url: '/api/regions/locate?lon=200&lat=abc&crs=mars' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['crs', 'lat', 'lon']);
  });
});
