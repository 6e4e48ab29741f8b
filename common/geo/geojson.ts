/** The GeoJSON (RFC 7946) subset regions use: WGS-84 lon/lat polygons. */
export type Position = [number, number] | number[];
export type LinearRing = Position[];
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: LinearRing[];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: LinearRing[][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export function polygonsOf(geometry: AreaGeometry): LinearRing[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function bboxOf(geometry: AreaGeometry): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const position of polygon[0] ?? []) {
      const x = position[0]!;
      const y = position[1]!;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

/** Signed planar area of a ring in squared degrees (positive when counter-clockwise). */
export function ringSignedArea(ring: LinearRing): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum / 2;
}

/**
 * Area-weighted centroid of the polygon parts (holes subtracted), in lon/lat.
 * Planar maths is accurate enough at the scale of a city for labels and map bubbles.
 */
export function centroidOf(geometry: AreaGeometry): [number, number] {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, index) => {
      let a = 0;
      let x = 0;
      let y = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = [ring[i]![0]!, ring[i]![1]!];
        const [xj, yj] = [ring[j]![0]!, ring[j]![1]!];
        const f = xj * yi - xi * yj;
        a += f;
        x += (xj + xi) * f;
        y += (yj + yi) * f;
      }
      // Outer rings add, holes subtract, whatever their winding.
      const sign = (index === 0 ? 1 : -1) * Math.sign(a || 1);
      area += sign * a;
      cx += sign * x;
      cy += sign * y;
    });
  }
  if (area === 0) {
    const [minX, minY, maxX, maxY] = bboxOf(geometry);
    return [(minX + maxX) / 2, (minY + maxY) / 2];
  }
  return [cx / (3 * area), cy / (3 * area)];
}
