import Flatbush from 'flatbush';
import { bboxOf, type AreaGeometry } from '../../common/geo/geojson.ts';
import { flattenGeometry, pointInFlatPolygons, type FlatPolygon } from '../../common/geo/point-in-polygon.ts';

export interface IndexedGrid {
  code: string;
  geometry: AreaGeometry;
}

/**
 * Coordinate → grid in microseconds: a packed Hilbert R-tree (flatbush) over the grids'
 * bounding boxes narrows the search to a handful of candidates, then the exact
 * point-in-polygon test decides. Immutable: a change of regions builds a new index.
 */
export class GridIndex {
  private readonly tree: Flatbush | null;
  private readonly codes: string[];
  private readonly shapes: FlatPolygon[][];

  constructor(grids: IndexedGrid[]) {
    const sorted = [...grids].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    this.codes = sorted.map((g) => g.code);
    this.shapes = sorted.map((g) => flattenGeometry(g.geometry));
    if (sorted.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(sorted.length);
    for (const grid of sorted) {
      const [minX, minY, maxX, maxY] = bboxOf(grid.geometry);
      tree.add(minX, minY, maxX, maxY);
    }
    tree.finish();
    this.tree = tree;
  }

  get size(): number {
    return this.codes.length;
  }

  /**
   * The grid containing the point, or null when it lies outside every grid. A point exactly
   * on a shared edge belongs to the lowest code among the grids it touches, so the answer
   * never depends on the tree's internal order.
   */
  locate(lon: number, lat: number): string | null {
    if (this.tree === null || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
    const candidates = this.tree.search(lon, lat, lon, lat);
    let boundary = -1;
    for (const i of candidates) {
      const containment = pointInFlatPolygons(lon, lat, this.shapes[i]!);
      if (containment === 'inside') return this.codes[i]!;
      if (containment === 'boundary' && (boundary === -1 || i < boundary)) boundary = i;
    }
    return boundary === -1 ? null : this.codes[boundary]!;
  }
}
