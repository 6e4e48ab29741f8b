import type { Kysely } from 'kysely';
import { toWgs84, type Crs } from '../../common/geo/crs.ts';
import type { DB } from '../db/schema.ts';
import { listGridShapes } from '../modules/regions/store.ts';
import { GridIndex } from './grid-index.ts';

export interface Located {
  /** The point as stored: WGS-84. */
  lon: number;
  lat: number;
  gridCode: string | null;
}

/**
 * The process's current grid index. Rebuilt from the database at start and whenever the
 * regions change (here or, through NOTIFY, in another process); lookups never wait for a rebuild.
 */
export class GridLocator {
  private index = new GridIndex([]);
  private building: Promise<void> | null = null;

  constructor(private readonly db: Kysely<DB>) {}

  get gridCount(): number {
    return this.index.size;
  }

  async rebuild(): Promise<void> {
    // Coalesce rebuilds requested while one is running into one more after it.
    const previous = this.building ?? Promise.resolve();
    const next = previous.then(async () => {
      this.index = new GridIndex(await listGridShapes(this.db));
    });
    this.building = next.finally(() => {
      if (this.building === next) this.building = null;
    });
    await next;
  }

  locate(lon: number, lat: number, crs: Crs = 'wgs84'): Located {
    const [x, y] = toWgs84(lon, lat, crs);
    return { lon: x, lat: y, gridCode: this.index.locate(x, y) };
  }
}
