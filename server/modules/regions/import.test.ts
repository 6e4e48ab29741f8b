import polygonClipping, { type Geom } from 'polygon-clipping';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bboxOf, centroidOf, type AreaGeometry } from '../../../common/geo/geojson.ts';
import { pointInGeometry } from '../../../common/geo/point-in-polygon.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { listWithGeometry } from './store.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const COMMUNITY = '371502001001';

async function fingerprint(): Promise<string> {
  const row = await sql<{ n: number; h: string }>`SELECT count(*) AS n, md5(string_agg(code || name || coalesce(geometry::text, ''), ',' ORDER BY code)) AS h FROM regions`.execute(ctx.database.db);
  return JSON.stringify(row.rows[0]);
}

function importLayer(features: unknown[], as = 'admin', query = '') {
  return ctx.as(as)({ method: 'POST', url: `/api/regions/import${query}`, payload: { type: 'FeatureCollection', features } });
}

function feature(properties: Record<string, unknown>, geometry: unknown) {
  return { type: 'Feature', properties, geometry };
}

/** Splits a grid's polygon into its western and eastern halves. */
function halves(geometry: AreaGeometry): [AreaGeometry, AreaGeometry] {
  const [minX, minY, maxX, maxY] = bboxOf(geometry);
  const mid = (minX + maxX) / 2;
  const box = (x0: number, x1: number): Geom => [[[x0, minY - 1], [x1, minY - 1], [x1, maxY + 1], [x0, maxY + 1], [x0, minY - 1]]];
  const west = polygonClipping.intersection(geometry.coordinates as Geom, box(minX - 1, mid));
  const east = polygonClipping.intersection(geometry.coordinates as Geom, box(mid, maxX + 1));
  return [{ type: 'MultiPolygon', coordinates: west }, { type: 'MultiPolygon', coordinates: east }];
}

describe('import of a region layer', () => {
  it('splits a grid in two: updates one, creates the other with a fresh code, and the index follows', async () => {
    const grids = await listWithGeometry(ctx.database.db, { parentCodes: [COMMUNITY] });
    const target = grids[0]!;
    const [west, east] = halves(target.geometry!);
    const before = await fingerprint();
    const dry = await importLayer([
      feature({ code: target.code, name: `${target.name}（西）`, level: 5 }, west),
      feature({ externalId: 'ext-east-1', name: '新建东半网格', level: 'grid', parent: COMMUNITY }, east),
    ], 'admin', '?dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, created: 1, updated: 1 });
    expect(await fingerprint()).toBe(before);

    const res = await importLayer([
      feature({ code: target.code, name: `${target.name}（西）`, level: 5 }, west),
      feature({ externalId: 'ext-east-1', name: '新建东半网格', level: 'grid', parent: COMMUNITY }, east),
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: false, created: 1, updated: 1 });
    const created = body.regions.find((r: { created: boolean }) => r.created);
    const expectedSerial = Math.max(...grids.map((g) => Number(g.code.slice(-3)))) + 1;
    expect(created.code).toBe(COMMUNITY + String(expectedSerial).padStart(3, '0'));

    expect(ctx.services.locator.gridCount).toBe(8130);
    const [cx, cy] = centroidOf(east);
    if (pointInGeometry(cx, cy, east) === 'inside') {
      const located = await ctx.as('admin')({ url: `/api/regions/locate?lon=${cx}&lat=${cy}` });
      expect(located.json().chain[0].code).toBe(created.code);
    }

    const audit = await ctx.database.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'regions.import').execute();
    expect(audit).toHaveLength(1);

    // Importing the same external id again updates rather than duplicates.
    const again = await importLayer([feature({ externalId: 'ext-east-1', name: '东半网格', level: 5, parent: COMMUNITY }, east)]);
    expect(again.json()).toMatchObject({ created: 0, updated: 1 });
    expect(again.json().regions[0].code).toBe(created.code);
  });

  it('exports a layer that imports back unchanged', async () => {
    const exported = await ctx.as('admin')({ url: '/api/regions/371502002/export?level=5' });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/attachment/);
    const layer = exported.json();
    expect(layer.type).toBe('FeatureCollection');
    expect(layer.features.length).toBeGreaterThan(0);
    expect(layer.features[0].properties).toMatchObject({ level: 5 });
    const before = await fingerprint();
    const res = await ctx.as('admin')({ method: 'POST', url: '/api/regions/import', payload: layer });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: layer.features.length });
    expect(await fingerprint()).toBe(before);
  });
});

describe('invalid layers store nothing and name the bad feature', () => {
  const square = (x: number, y: number, d = 0.001) => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });

  async function expectRejected(features: unknown[], expected: { feature: number; problem: string }[], as = 'admin') {
    const before = await fingerprint();
    const res = await importLayer(features, as);
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json();
    expect(body.error.code).toBe('INVALID_LAYER');
    for (const e of expected) {
      expect(body.problems, JSON.stringify(body.problems)).toContainEqual(expect.objectContaining(e));
      expect(body.error.fields[`features.${e.feature}`]).toMatch(e.problem);
    }
    expect(await fingerprint()).toBe(before);
    return body;
  }

  it('an unclosed ring', async () => {
    const [grid] = await listWithGeometry(ctx.database.db, { parentCodes: ['371502001002'] });
    const [x, y] = grid!.centroid!;
    await expectRejected([
      feature({ code: grid!.code, name: 'ok', level: 5 }, grid!.geometry),
      feature({ name: '未闭合', level: 5, parent: '371502001002' }, { type: 'Polygon', coordinates: [[[x, y], [x + 1e-4, y], [x, y + 1e-4], [x - 1e-4, y]]] }),
    ], [{ feature: 1, problem: 'UNCLOSED_RING' }]);
  });

  it('a boundary too detailed to check', async () => {
    const ring = Array.from({ length: 20_001 }, (_, i) => {
      const a = (2 * Math.PI * i) / 20_001;
      return [115.98 + 0.001 * Math.cos(a), 36.45 + 0.001 * Math.sin(a)];
    });
    ring.push(ring[0]!);
    await expectRejected([feature({ name: '过细', level: 5, parent: COMMUNITY }, { type: 'Polygon', coordinates: [ring] })], [{ feature: 0, problem: 'TOO_COMPLEX' }]);
  });

  it('a self-intersecting (bow-tie) boundary', async () => {
    const [x, y] = [115.98, 36.45];
    await expectRejected([
      feature({ name: '自相交', level: 5, parent: COMMUNITY }, { type: 'Polygon', coordinates: [[[x, y], [x + 0.001, y + 0.001], [x + 0.001, y], [x, y + 0.001], [x, y]]] }),
    ], [{ feature: 0, problem: 'SELF_INTERSECTION' }]);
  });

  it('a missing parent, a bad level, a bad code and a non-polygon', async () => {
    await expectRejected([
      feature({ name: '无上级', level: 5, parent: '371502999999' }, square(115.98, 36.45)),
      feature({ name: '层级错误', level: 9, parent: COMMUNITY }, square(115.98, 36.45)),
      feature({ code: '371581001001001', name: '编码错误', level: 5, parent: COMMUNITY }, square(115.98, 36.45)),
      feature({ name: '点', level: 5, parent: COMMUNITY }, { type: 'Point', coordinates: [115.98, 36.45] }),
      { type: 'NotAFeature' },
    ], [
      { feature: 0, problem: 'PARENT_MISSING' },
      { feature: 1, problem: 'BAD_LEVEL' },
      { feature: 2, problem: 'BAD_CODE' },
      { feature: 3, problem: 'NOT_POLYGON' },
      { feature: 4, problem: 'NOT_A_FEATURE' },
    ]);
  });

  it('an overlap with an existing sibling', async () => {
    const [a] = await listWithGeometry(ctx.database.db, { parentCodes: ['371502001003'] });
    const body = await expectRejected([
      feature({ externalId: 'dup-1', name: '重叠网格', level: 5, parent: '371502001003' }, a!.geometry),
    ], [{ feature: 0, problem: 'OVERLAPS_SIBLING' }]);
    expect(body.problems[0].message).toContain(a!.code);
  });

  it('a region that leaves its parent', async () => {
    await expectRejected([
      feature({ name: '越界网格', level: 5, parent: COMMUNITY }, square(116.6, 36.9, 0.01)),
    ], [{ feature: 0, problem: 'OUTSIDE_PARENT' }]);
  });

  it('one bad feature stops the whole layer', async () => {
    const grids = await listWithGeometry(ctx.database.db, { parentCodes: ['371502001004'] });
    await expectRejected([
      ...grids.map((g) => feature({ code: g.code, name: `${g.name}改`, level: 5 }, g.geometry)),
      feature({ name: '', level: 5, parent: '371502001004' }, square(115.98, 36.45)),
    ], [{ feature: grids.length, problem: 'MISSING_NAME' }]);
  });

  it('a district administrator cannot import into another district', async () => {
    await expectRejected([
      feature({ name: '外区网格', level: 5, parent: '371581001001' }, square(115.7, 36.8)),
    ], [{ feature: 0, problem: 'OUT_OF_SCOPE' }], 'district_admin');
  });

  it('only administrators may import, and the body must be a FeatureCollection', async () => {
    const denied = await importLayer([], 'district_staff');
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('FORBIDDEN');
    const bad = await ctx.as('admin')({ method: 'POST', url: '/api/regions/import', payload: { type: 'Feature' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('type');
  });
});
