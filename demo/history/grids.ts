import { bboxOf, type AreaGeometry, type BBox } from '../../common/geo/geojson.ts';
import { flattenGeometry, pointInFlatPolygons, type FlatPolygon } from '../../common/geo/point-in-polygon.ts';
import type { Queryable } from '../../server/db/database.ts';
import { listWithGeometry, type RegionWithGeometry } from '../../server/modules/regions/store.ts';
import { interiorPoint } from '../checkpoints.ts';
import type { Random } from '../geography/prng.ts';

/** A grid as the history generator needs it: where to put things inside it, and how busy it is. */
export interface HistoryGrid {
  code: string;
  name: string;
  population: number;
  interior: [number, number];
  bbox: BBox;
  flat: FlatPolygon[];
}

/**
 * The grids that get activity: all of them, or an even spread of n across the city (the first
 * grid, where the `grid_worker` demo account works, is always among them).
 */
export async function loadGrids(db: Queryable, wanted: number | 'all'): Promise<HistoryGrid[]> {
  const all = (await listWithGeometry(db, { level: 5 })).filter((g) => g.geometry !== null);
  const chosen = wanted === 'all' || wanted >= all.length
    ? all
    : Array.from({ length: wanted }, (_, i) => all[Math.floor((i * all.length) / wanted)]!);
  return chosen.map(toHistoryGrid);
}

export function toHistoryGrid(g: RegionWithGeometry): HistoryGrid {
  const geometry = g.geometry as AreaGeometry;
  return { code: g.code, name: g.name, population: g.population ?? 0, interior: interiorPoint(geometry), bbox: bboxOf(geometry), flat: flattenGeometry(geometry) };
}

/**
 * A point strictly inside the grid, scattered around its interior point: the same test the
 * grid index applies, so every fact's coordinates locate back to its own grid.
 */
export function pointInGrid(grid: HistoryGrid, random: Random): [number, number] {
  const [minX, minY, maxX, maxY] = grid.bbox;
  const [cx, cy] = grid.interior;
  for (let attempt = 0; attempt < 8; attempt++) {
    // Six decimals (about 0.1 m) is what a phone reports; the test runs on the rounded point.
    const x = round6(cx + (random() - 0.5) * 0.6 * (maxX - minX));
    const y = round6(cy + (random() - 0.5) * 0.6 * (maxY - minY));
    if (pointInFlatPolygons(x, y, grid.flat) === 'inside') return [x, y];
  }
  return grid.interior;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
