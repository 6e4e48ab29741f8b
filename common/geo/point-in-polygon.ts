import { polygonsOf, type AreaGeometry } from './geojson.ts';

/**
 * Exact point-in-polygon by crossing number, with points on an edge or vertex reported as
 * 'boundary' instead of being silently assigned to one side. Rings are flat [x0, y0, x1, y1, …]
 * arrays so that a compiled index can keep them in typed arrays.
 */
export type Containment = 'inside' | 'boundary' | 'outside';

export type FlatRing = ArrayLike<number>;
/** A polygon as its outer ring followed by its holes. */
export type FlatPolygon = FlatRing[];

export function flattenRing(ring: ArrayLike<ArrayLike<number>>): Float64Array {
  const flat = new Float64Array(ring.length * 2);
  for (let i = 0; i < ring.length; i++) {
    flat[2 * i] = ring[i]![0]!;
    flat[2 * i + 1] = ring[i]![1]!;
  }
  return flat;
}

export function flattenGeometry(geometry: AreaGeometry): FlatPolygon[] {
  return polygonsOf(geometry).map((polygon) => polygon.map(flattenRing));
}

function pointInRing(x: number, y: number, ring: FlatRing): Containment {
  const n = ring.length >> 1;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i]!;
    const yi = ring[2 * i + 1]!;
    const xj = ring[2 * j]!;
    const yj = ring[2 * j + 1]!;
    if (
      (x - xi) * (yj - yi) === (xj - xi) * (y - yi) &&
      x >= Math.min(xi, xj) && x <= Math.max(xi, xj) &&
      y >= Math.min(yi, yj) && y <= Math.max(yi, yj)
    ) {
      return 'boundary';
    }
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

export function pointInFlatPolygon(x: number, y: number, polygon: FlatPolygon): Containment {
  const outer = pointInRing(x, y, polygon[0]!);
  if (outer !== 'inside') return outer;
  for (let h = 1; h < polygon.length; h++) {
    const hole = pointInRing(x, y, polygon[h]!);
    if (hole === 'boundary') return 'boundary';
    if (hole === 'inside') return 'outside';
  }
  return 'inside';
}

export function pointInFlatPolygons(x: number, y: number, polygons: FlatPolygon[]): Containment {
  let result: Containment = 'outside';
  for (const polygon of polygons) {
    const c = pointInFlatPolygon(x, y, polygon);
    if (c === 'inside') return 'inside';
    if (c === 'boundary') result = 'boundary';
  }
  return result;
}

export function pointInGeometry(lon: number, lat: number, geometry: AreaGeometry): Containment {
  return pointInFlatPolygons(lon, lat, flattenGeometry(geometry));
}
