/**
 * Clipping a convex Voronoi cell to a non-convex parent can leave the cell with detached crumbs
 * (a corner of the parent's border poking into the cell). A region made of one real piece and a
 * speck far away looks like an error on a map, so specks go to the sibling they border most.
 * Shared edges are bit-identical after snapping, so the union is exact and the tiling stays exact.
 */
import polygonClipping from 'polygon-clipping';
import { flattenRing, pointInFlatPolygon } from '../../common/geo/point-in-polygon.ts';
import { polygonsArea, type MultiPolygon, type Pair, type Polygon } from './geometry.ts';
import { LON_SCALE } from './projection.ts';
import type { Seeds } from './seeds.ts';

/** Pieces under this share of their cell's area are specks. */
const SPECK_SHARE = 0.01;

const edgeKey = (a: Pair, b: Pair) => `${a[0]},${a[1]},${b[0]},${b[1]}`;

function* edgesOf(polygon: Polygon): Generator<[Pair, Pair]> {
  for (const ring of polygon) for (let k = 0; k + 1 < ring.length; k++) yield [ring[k]!, ring[k + 1]!];
}

/** Returns how many specks were moved; `cells` is updated in place. */
export function mergeSpecks(cells: MultiPolygon[], seeds: Seeds): number {
  const owner = new Map<string, number>();
  cells.forEach((parts, i) => {
    for (const polygon of parts) for (const [a, b] of edgesOf(polygon)) owner.set(edgeKey(a, b), i);
  });
  let moved = 0;
  for (let i = 0; i < cells.length; i++) {
    const parts = cells[i]!;
    if (parts.length < 2) continue;
    const total = polygonsArea(parts);
    const keep: Polygon[] = [];
    for (const piece of parts) {
      const isSpeck =
        polygonsArea([piece]) < SPECK_SHARE * total &&
        pointInFlatPolygon(seeds.lon[i]!, seeds.lat[i]!, piece.map(flattenRing)) === 'outside';
      const target = isSpeck ? longestBorderNeighbour(piece, i, owner) : null;
      if (target === null) {
        keep.push(piece);
        continue;
      }
      cells[target] = polygonClipping.union(cells[target]!, piece);
      for (const [a, b] of edgesOf(piece)) owner.set(edgeKey(a, b), target);
      moved++;
    }
    cells[i] = keep;
  }
  return moved;
}

function longestBorderNeighbour(piece: Polygon, self: number, owner: Map<string, number>): number | null {
  const shared = new Map<number, number>();
  for (const [a, b] of edgesOf(piece)) {
    const other = owner.get(edgeKey(b, a));
    if (other === undefined || other === self) continue;
    const length = Math.hypot((b[0] - a[0]) * LON_SCALE, b[1] - a[1]);
    shared.set(other, (shared.get(other) ?? 0) + length);
  }
  let best: number | null = null;
  let bestLength = 0;
  for (const [other, length] of shared) {
    if (length > bestLength || (length === bestLength && best !== null && other < best)) {
      best = other;
      bestLength = length;
    }
  }
  return best;
}
