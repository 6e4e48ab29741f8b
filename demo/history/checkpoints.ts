import type { Queryable } from '../../server/db/database.ts';
import type { HistoryGrid } from './grids.ts';

/** A checkpoint of one of the history's grids: duty is stood and declarations are made there. */
export interface HistoryCheckpoint {
  id: string;
  name: string;
  kind: string;
  gridCode: string;
  lon: number;
  lat: number;
  /** Index of the grid in the history's grid list. */
  grid: number;
}

export async function loadCheckpoints(db: Queryable, grids: HistoryGrid[]): Promise<HistoryCheckpoint[]> {
  const gridIndex = new Map(grids.map((g, i) => [g.code, i]));
  const rows = await db.selectFrom('checkpoints').select(['id', 'name', 'kind', 'grid_code', 'lon', 'lat'])
    .where('active', '=', true).orderBy('grid_code').orderBy('name').orderBy('id').execute();
  return rows.filter((c) => gridIndex.has(c.grid_code))
    .map((c) => ({ id: c.id, name: c.name, kind: c.kind, gridCode: c.grid_code, lon: c.lon, lat: c.lat, grid: gridIndex.get(c.grid_code)! }));
}
