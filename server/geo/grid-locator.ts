import { toWgs84, type Crs } from '../../common/geo/crs.ts';
import { GridIndex, type IndexedGrid } from './grid-index.ts';

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
  private building: Promise<void> = Promise.resolve();

  /** `loadGrids` reads every grid's outline: the regions module owns that table. */
  constructor(private readonly loadGrids: () => Promise<IndexedGrid[]>) {}

  get gridCount(): number {
    return this.index.size;
  }

  /** Rebuilds run one after another, so the last one to finish reflects the latest regions. */
  rebuild(): Promise<void> {
    this.building = this.building.catch(() => {}).then(async () => {
      this.index = new GridIndex(await this.loadGrids());
    });
    return this.building;
  }

  locate(lon: number, lat: number, crs: Crs = 'wgs84'): Located {
    const [x, y] = toWgs84(lon, lat, crs);
    return { lon: x, lat: y, gridCode: this.index.locate(x, y) };
  }
}
