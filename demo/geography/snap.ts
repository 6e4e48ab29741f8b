/**
 * Makes sibling cells agree on every shared vertex. Each clipping run computes the crossing of a
 * cell edge with the parent border on its own, so the two cells on either side of that crossing
 * can be a few ulps apart: a hairline gap or overlap. Snapping every vertex to the first vertex
 * seen within a tolerance (parent vertices first, so the parent border never moves) closes them.
 */
import type { MultiPolygon, Pair, Ring } from './geometry.ts';

/** ~0.1 mm: far above clipping noise (~1e-14°), far below any real edge of the demo map. */
const SNAP_TOLERANCE = 1e-9;

// Buckets are coarser than the tolerance (a 3×3 look-up still finds every close vertex) so that
// a bucket's (column, row) packs into one exact integer key; strings were the bottleneck.
// The window (lon 105–118.4, lat 25–38.4) covers Liaocheng with room to spare.
const BUCKET = 2e-7;
const ORIGIN_LON = 105;
const ORIGIN_LAT = 25;
const ROWS = 2 ** 26;

export class VertexSnapper {
  private readonly buckets = new Map<number, Pair[]>();

  constructor(private readonly tolerance = SNAP_TOLERANCE) {}

  register(parts: MultiPolygon): void {
    for (const polygon of parts) for (const ring of polygon) for (const p of ring) this.snap(p);
  }

  snap(p: Pair): Pair {
    const t = this.tolerance;
    const bx = Math.floor((p[0] - ORIGIN_LON) / BUCKET);
    const by = Math.floor((p[1] - ORIGIN_LAT) / BUCKET);
    if (bx < 1 || by < 1 || bx >= ROWS - 1 || by >= ROWS - 1) throw new Error(`vertex ${p} is outside the snapping window`);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const list = this.buckets.get((bx + dx) * ROWS + (by + dy));
        if (!list) continue;
        for (const q of list) if (Math.abs(q[0] - p[0]) <= t && Math.abs(q[1] - p[1]) <= t) return q;
      }
    }
    const key = bx * ROWS + by;
    const list = this.buckets.get(key);
    if (list) list.push(p);
    else this.buckets.set(key, [p]);
    return p;
  }

  /** A snapped copy; rings that collapse below a triangle are dropped, and a polygon with them if it was its outer ring. */
  apply(parts: MultiPolygon): MultiPolygon {
    const out: MultiPolygon = [];
    for (const polygon of parts) {
      const rings = polygon.map((ring) => this.snapRing(ring));
      if (!rings[0]) continue;
      out.push(rings.filter((ring): ring is Ring => ring !== null));
    }
    return out;
  }

  private snapRing(ring: Ring): Ring | null {
    const snapped: Ring = [];
    for (const p of ring) {
      const q = this.snap(p);
      const last = snapped[snapped.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) snapped.push([q[0], q[1]]);
    }
    const first = snapped[0];
    const last = snapped[snapped.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) snapped.push([first[0], first[1]]);
    return snapped.length >= 4 ? snapped : null;
  }
}
