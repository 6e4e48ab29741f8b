import type { BaseMap } from '../../../common/contracts/map.ts';
import { fromWgs84 } from '../../../common/geo/crs.ts';
import type { AreaGeometry, BBox, Position } from '../../../common/geo/geojson.ts';

/** Our data is WGS-84; a GCJ-02 base map (Gaode, Tencent) draws the same place ~300–600 m away. */
export type ToDisplay = (lon: number, lat: number) => [number, number];

const identity: ToDisplay = (lon, lat) => [lon, lat];
const toGcj02: ToDisplay = (lon, lat) => fromWgs84(lon, lat, 'gcj02');

/** How our WGS-84 coordinates are drawn over the configured base map (unchanged with none). */
export function displayShift(baseMap: Pick<BaseMap, 'crs'> | null): ToDisplay {
  return baseMap?.crs === 'gcj02' ? toGcj02 : identity;
}

function shiftPosition(p: Position, to: ToDisplay): Position {
  return to(p[0]!, p[1]!);
}

export function shiftGeometry<G extends AreaGeometry>(geometry: G, to: ToDisplay): G {
  if (to === identity) return geometry;
  const ring = (r: Position[]) => r.map((p) => shiftPosition(p, to));
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(ring) };
  return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
}

/** A box's corners shifted: the GCJ-02 offset varies little across a city, so this stays a tight box. */
export function shiftBBox(box: BBox, to: ToDisplay): BBox {
  const [x0, y0] = to(box[0], box[1]);
  const [x1, y1] = to(box[2], box[3]);
  return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
}
