import Flatbush from 'flatbush';
import { bboxOf, polygonsOf, type AreaGeometry } from '../../common/geo/geojson.ts';

export interface IndexedGrid {
  code: string;
  geometry: AreaGeometry;
}

/**
 * Coordinate → grid in well under a microsecond: a packed Hilbert R-tree (flatbush) over the
 * grids' bounding boxes narrows the search to about one candidate, then an exact
 * point-in-polygon test decides. All rings live in one Float64Array so the test walks
 * contiguous memory instead of chasing thousands of small arrays. Immutable: a change of
 * regions builds a new index.
 */
export class GridIndex {
  private readonly tree: Flatbush | null;
  private readonly codes: string[];
  /** x0, y0, x1, y1, … of every ring of every grid. */
  private readonly coords: Float64Array;
  /** Ring r spans coords[ringStart[r] .. ringStart[r + 1]) (in numbers, not points). */
  private readonly ringStart: Int32Array;
  /** Grid g owns rings gridRing[g] .. gridRing[g + 1] - 1 (outer rings and holes alike). */
  private readonly gridRing: Int32Array;

  constructor(grids: IndexedGrid[]) {
    const sorted = [...grids].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    this.codes = sorted.map((g) => g.code);
    const rings = sorted.map((g) => polygonsOf(g.geometry).flat());
    const ringCount = rings.reduce((n, r) => n + r.length, 0);
    const pointCount = rings.reduce((n, r) => n + r.reduce((m, ring) => m + ring.length, 0), 0);
    this.coords = new Float64Array(pointCount * 2);
    this.ringStart = new Int32Array(ringCount + 1);
    this.gridRing = new Int32Array(sorted.length + 1);
    let ring = 0;
    let offset = 0;
    rings.forEach((gridRings, g) => {
      this.gridRing[g] = ring;
      for (const positions of gridRings) {
        this.ringStart[ring++] = offset;
        for (const p of positions) {
          this.coords[offset++] = p[0]!;
          this.coords[offset++] = p[1]!;
        }
      }
    });
    this.gridRing[sorted.length] = ring;
    this.ringStart[ringCount] = offset;

    if (sorted.length === 0) {
      this.tree = null;
      return;
    }
    // Small nodes suit point queries: measured ~30% faster than the default of 16 (npm run bench).
    const tree = new Flatbush(sorted.length, 4);
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
   * Even-odd crossing count over all rings of grid g: for valid polygons (holes inside their
   * outer ring, parts not overlapping) an odd count means inside. Returns 1 inside, 0 outside,
   * -1 exactly on an edge or vertex.
   */
  private contains(g: number, x: number, y: number): number {
    const coords = this.coords;
    let inside = false;
    for (let r = this.gridRing[g]!, last = this.gridRing[g + 1]!; r < last; r++) {
      const start = this.ringStart[r]!;
      const end = this.ringStart[r + 1]!;
      for (let i = start, j = end - 2; i < end; j = i, i += 2) {
        const xi = coords[i]!;
        const yi = coords[i + 1]!;
        const xj = coords[j]!;
        const yj = coords[j + 1]!;
        if ((x - xi) * (yj - yi) === (xj - xi) * (y - yi)
          && x >= (xi < xj ? xi : xj) && x <= (xi < xj ? xj : xi)
          && y >= (yi < yj ? yi : yj) && y <= (yi < yj ? yj : yi)) {
          return -1;
        }
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside ? 1 : 0;
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
    for (let k = 0; k < candidates.length; k++) {
      const g = candidates[k]!;
      const c = this.contains(g, lon, lat);
      if (c === 1) return this.codes[g]!;
      if (c === -1 && (boundary === -1 || g < boundary)) boundary = g;
    }
    return boundary === -1 ? null : this.codes[boundary]!;
  }
}
