import type { Queryable } from '../../server/db/database.ts';
import { listWithGeometry } from '../../server/modules/regions/store.ts';
import type { Random } from '../geography/prng.ts';
import { pointInGrid, toHistoryGrid, type HistoryGrid } from '../history/grids.ts';

const KEPT = 200;

/** Points inside grids for simulated reports; the shapes of recently used grids stay in memory. */
export class GridPlaces {
  private readonly shapes = new Map<string, HistoryGrid>();

  constructor(private readonly db: Queryable) {}

  async shape(gridCode: string): Promise<HistoryGrid | null> {
    let grid = this.shapes.get(gridCode);
    if (!grid) {
      const [region] = await listWithGeometry(this.db, { codes: [gridCode] });
      if (!region?.geometry) return null;
      grid = toHistoryGrid(region);
      if (this.shapes.size >= KEPT) this.shapes.delete(this.shapes.keys().next().value!);
      this.shapes.set(gridCode, grid);
    }
    return grid;
  }

  async pointIn(gridCode: string, random: Random): Promise<{ lon: number; lat: number; crs: 'wgs84' } | null> {
    const grid = await this.shape(gridCode);
    if (!grid) return null;
    const [lon, lat] = pointInGrid(grid, random);
    return { lon, lat, crs: 'wgs84' };
  }
}
