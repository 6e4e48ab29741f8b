import kinks from '@turf/kinks';
import polygonClipping, { type Geom } from 'polygon-clipping';
import { polygonsOf, ringSignedArea, type AreaGeometry, type BBox } from '../../../common/geo/geojson.ts';
import type { LayerProblemCode } from '../../../common/regions/layer-problems.ts';

/**
 * Geometry checks of an imported layer. Areas are planar, in square degrees: we only ever
 * compare them with each other, and at a city's scale the distortion is irrelevant to that.
 */
export interface GeometryProblem {
  problem: LayerProblemCode;
  detail: string;
}

function isPosition(p: unknown): p is [number, number] {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])
    && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;
}

/** The self-intersection check is quadratic in a ring's size: bound it so one feature cannot stall the server. */
const MAX_POSITIONS_PER_FEATURE = 20_000;

/** Structural problems first (they make the later checks meaningless), then self-intersection. */
export function geometryProblem(geometry: unknown): GeometryProblem | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    return { problem: 'NOT_POLYGON', detail: `geometry type is ${JSON.stringify(g?.type ?? null)}` };
  }
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  if (polygons.length === 0) return { problem: 'NOT_POLYGON', detail: 'geometry has no polygons' };
  for (const [p, polygon] of polygons.entries()) {
    if (!Array.isArray(polygon) || polygon.length === 0) return { problem: 'NOT_POLYGON', detail: `polygon ${p} has no rings` };
    for (const [r, ring] of polygon.entries()) {
      const where = `polygon ${p} ring ${r}`;
      if (!Array.isArray(ring) || !ring.every(isPosition)) return { problem: 'BAD_COORDINATES', detail: `${where} has a position that is not [lon, lat]` };
      if (ring.length < 4) return { problem: 'TOO_FEW_POSITIONS', detail: `${where} has ${ring.length} positions` };
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) return { problem: 'UNCLOSED_RING', detail: `${where} starts at ${first} but ends at ${last}` };
    }
  }
  const positions = (polygons as unknown[][][]).reduce((n, polygon) => n + polygon.reduce((m, ring) => m + ring.length, 0), 0);
  if (positions > MAX_POSITIONS_PER_FEATURE) return { problem: 'TOO_COMPLEX', detail: `${positions} positions` };
  const crossings = kinks({ type: 'Feature', properties: {}, geometry: geometry as AreaGeometry });
  if (crossings.features.length > 0) {
    const at = crossings.features[0]!.geometry.coordinates;
    return { problem: 'SELF_INTERSECTION', detail: `the boundary crosses itself near ${at[0]?.toFixed(6)}, ${at[1]?.toFixed(6)}` };
  }
  return null;
}

export function planarArea(geometry: AreaGeometry): number {
  let area = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, i) => {
      area += (i === 0 ? 1 : -1) * Math.abs(ringSignedArea(ring));
    });
  }
  return area;
}

function multiArea(coords: ReturnType<typeof polygonClipping.intersection>): number {
  return coords.length === 0 ? 0 : planarArea({ type: 'MultiPolygon', coordinates: coords });
}

const asGeom = (g: AreaGeometry) => g.coordinates as Geom;

export function intersectionArea(a: AreaGeometry, b: AreaGeometry): number {
  return multiArea(polygonClipping.intersection(asGeom(a), asGeom(b)));
}

export function areaOutside(child: AreaGeometry, parent: AreaGeometry): number {
  return multiArea(polygonClipping.difference(asGeom(child), asGeom(parent)));
}

/** Shared edges give zero-area intersections; only overlaps larger than rounding noise count. */
export function significantArea(area: number, reference: number): boolean {
  return area > Math.max(1e-14, reference * 1e-6);
}

export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
