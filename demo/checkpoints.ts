import crypto from 'node:crypto';
import { bboxOf, centroidOf, type AreaGeometry } from '../common/geo/geojson.ts';
import { pointInGeometry } from '../common/geo/point-in-polygon.ts';
import type { Database } from '../server/db/database.ts';
import { newCheckpointToken } from '../server/modules/checkpoints/service.ts';
import { insertCheckpoints } from '../server/modules/checkpoints/store.ts';
import { listWithGeometry } from '../server/modules/regions/store.ts';

/** A point well inside the grid: its centroid when that lies inside, otherwise a probe of its box. */
export function interiorPoint(geometry: AreaGeometry): [number, number] {
  const c = centroidOf(geometry);
  if (pointInGeometry(c[0], c[1], geometry) === 'inside') return c;
  const [minX, minY, maxX, maxY] = bboxOf(geometry);
  for (let i = 1; i < 500; i++) {
    const x = minX + ((i * 0.618034) % 1) * (maxX - minX);
    const y = minY + ((i * 0.381966) % 1) * (maxY - minY);
    if (pointInGeometry(x, y, geometry) === 'inside') return [x, y];
  }
  return c;
}

const shortName = (name: string) => name.replace(/(社区)?居委会$|村委会$/, (m) => (m.startsWith('社区') ? '社区' : m === '村委会' ? '村' : ''));

/**
 * One checkpoint at every community's entrance (two for urban communities, a main and a side
 * gate), placed in the community's first grid, so that a poster can be printed and scanned
 * straight after the demo starts.
 */
export async function seedDemoCheckpoints(database: Database): Promise<number> {
  const existing = await database.db.selectFrom('checkpoints').select('id').limit(1).execute();
  if (existing.length > 0) return 0;
  const [communities, grids] = await Promise.all([
    listWithGeometry(database.db, { level: 4, withGeometry: false }),
    listWithGeometry(database.db, { level: 5 }),
  ]);
  const firstGrid = new Map<string, (typeof grids)[number]>();
  for (const g of grids) if (!firstGrid.has(g.parentCode!)) firstGrid.set(g.parentCode!, g);
  const now = new Date();
  const rows = communities.flatMap((community) => {
    const grid = firstGrid.get(community.code);
    if (!grid?.geometry) return [];
    const [lon, lat] = interiorPoint(grid.geometry);
    const urban = community.kind === '居委会';
    const gates = urban ? [`${shortName(community.name)}南门`, `${shortName(community.name)}北门`] : [`${shortName(community.name)}村口卡点`];
    return gates.map((name) => ({
      id: crypto.randomUUID(), community_code: community.code, grid_code: grid.code, name,
      kind: urban ? 'residential_entrance' : 'road_checkpoint', lon, lat,
      token: newCheckpointToken(), token_issued_at: now, created_by: null,
    }));
  });
  await database.transaction((tx) => insertCheckpoints(tx, rows));
  return rows.length;
}
