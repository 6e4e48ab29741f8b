/**
 * Conversions between the GeoJSON geometry the platform stores and the nested arrays
 * polygon-clipping works on, plus the area measures the generator and its tests share.
 */
import type { MultiPolygon as ClipMultiPolygon, Pair } from 'polygon-clipping';
import { polygonsOf, type AreaGeometry } from '../../common/geo/geojson.ts';

export type { Pair };
export type Ring = Pair[];
export type Polygon = Ring[];
export type MultiPolygon = ClipMultiPolygon;

export function toMultiPolygon(geometry: AreaGeometry): MultiPolygon {
  return polygonsOf(geometry).map((polygon) => polygon.map((ring) => ring.map((p) => [p[0]!, p[1]!] as Pair)));
}

/** RFC 7946 winding (outer counter-clockwise, holes clockwise), closed rings, Polygon when there is one part. */
export function toAreaGeometry(parts: MultiPolygon): AreaGeometry {
  const polygons = parts.map((polygon) =>
    polygon.map((ring, index) => {
      const closed = closeRing(ring);
      const ccw = ringAreaAbout(closed, closed[0]![0], closed[0]![1]) > 0;
      return (index === 0) === ccw ? closed : closed.slice().reverse();
    }),
  );
  if (polygons.length === 0) throw new Error('empty geometry');
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

function closeRing(ring: Ring): Ring {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

/**
 * Planar ring area in degrees², measured from a local origin: at lon ~116 the plain shoelace sum
 * loses digits to cancellation, which would drown the 1e-9 checks on small grids.
 */
function ringAreaAbout(ring: ArrayLike<ArrayLike<number>>, ox: number, oy: number): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[i]![0]! - ox;
    const yi = ring[i]![1]! - oy;
    const xj = ring[j]![0]! - ox;
    const yj = ring[j]![1]! - oy;
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

/** Unsigned planar area (degrees²) of polygons given outer ring first, holes after. */
export function polygonsArea(polygons: ArrayLike<ArrayLike<ArrayLike<number>>>[]): number {
  const origin = polygons[0]?.[0]?.[0];
  if (!origin) return 0;
  const ox = origin[0]!;
  const oy = origin[1]!;
  let area = 0;
  for (const polygon of polygons) {
    for (let r = 0; r < polygon.length; r++) {
      const a = Math.abs(ringAreaAbout(polygon[r]!, ox, oy));
      area += r === 0 ? a : -a;
    }
  }
  return area;
}

export function planarArea(geometry: AreaGeometry): number {
  return polygonsArea(polygonsOf(geometry));
}

const KM_PER_DEGREE = 111.32;

/** Approximate area in km²: an equirectangular projection at the region's own latitude. */
export function areaKm2(geometry: AreaGeometry): number {
  let lat = 0;
  let count = 0;
  for (const polygon of polygonsOf(geometry)) {
    for (const p of polygon[0]!) {
      lat += p[1]!;
      count++;
    }
  }
  const cosLat = Math.cos(((count ? lat / count : 0) * Math.PI) / 180);
  return planarArea(geometry) * KM_PER_DEGREE * KM_PER_DEGREE * cosLat;
}
