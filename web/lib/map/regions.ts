import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { AreaGeometry } from '../../../common/geo/geojson.ts';
import { polygonsOf } from '../../../common/geo/geojson.ts';
import { shiftGeometry, type ToDisplay } from './shift.ts';

/** A region outline as the region endpoints answer it (WGS-84). */
export interface RegionOutline {
  code: string;
  name: string;
  geometry: AreaGeometry | null;
  /** Where its name goes (the server's label point, inside the region). */
  centroid: [number, number] | null;
}

export interface AreaProperties {
  code: string;
  name: string;
}

/** Clickable region areas for the map, in display coordinates. */
export function areaFeatures(outlines: readonly RegionOutline[], to: ToDisplay): FeatureCollection<Polygon | MultiPolygon, AreaProperties> {
  return {
    type: 'FeatureCollection',
    features: outlines.flatMap((o): Feature<Polygon | MultiPolygon, AreaProperties>[] => (o.geometry
      ? [{ type: 'Feature', properties: { code: o.code, name: o.name }, geometry: shiftGeometry(o.geometry, to) as Polygon | MultiPolygon }]
      : [])),
  };
}

/**
 * Region names as points at their label positions. (A polygon's own label would be repeated
 * in every map tile the polygon crosses.)
 */
export function labelFeatures(outlines: readonly RegionOutline[], to: ToDisplay): FeatureCollection<Point, AreaProperties> {
  return {
    type: 'FeatureCollection',
    features: outlines.flatMap((o): Feature<Point, AreaProperties>[] => (o.centroid
      ? [{ type: 'Feature', properties: { code: o.code, name: o.name }, geometry: { type: 'Point', coordinates: to(...o.centroid) } }]
      : [])),
  };
}

/** The world with the region cut out: dims what lies outside the region being looked at. */
export function maskAround(geometry: AreaGeometry | null, to: ToDisplay): FeatureCollection<Polygon> {
  if (!geometry) return { type: 'FeatureCollection', features: [] };
  const world = [[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]];
  const holes = polygonsOf(shiftGeometry(geometry, to)).map((polygon) => polygon[0]!);
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [world, ...holes] } }] };
}
