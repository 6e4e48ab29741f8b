import type { FeatureCollection, Point } from 'geojson';
import type { CircleLayerSpecification, FilterSpecification, GeoJSONSourceSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { MapItem } from '../../../common/contracts/map.ts';
import type { MapLayer } from '../../../common/map/layers.ts';
import { keyColor, LAYER_COLORS } from './palette.ts';
import type { ToDisplay } from './shift.ts';

export const POINT_SOURCE = 'eg-points';
export const POINT_LAYERS = { clusters: 'eg-point-clusters', clusterCount: 'eg-point-cluster-count', points: 'eg-point-dots' } as const;

/** What a point carries for drawing and for the click that opens it. */
export interface PointProperties {
  id: string;
  layer: MapLayer;
  item: MapItem['item'];
  key: string;
  title: string;
  color: string;
  stroke: string;
}

/** The located items of the active layers as one clustered source, in display coordinates. */
export function pointFeatures(byLayer: readonly { layer: MapLayer; points: readonly MapItem[] }[], to: ToDisplay): FeatureCollection<Point, PointProperties> {
  return {
    type: 'FeatureCollection',
    features: byLayer.flatMap(({ layer, points }) => points.flatMap((p) => (p.lon === null || p.lat === null
      ? []
      : [{
        type: 'Feature' as const,
        properties: { id: p.id, layer, item: p.item, key: p.key, title: p.title, color: keyColor(layer, p.key), stroke: LAYER_COLORS[layer] },
        geometry: { type: 'Point' as const, coordinates: to(p.lon, p.lat) },
      }]))),
  };
}

/**
 * MapLibre's own clustering (supercluster in the worker): 100,000 points stay fluid, and a
 * cluster splits as the map zooms in. Past zoom 17 every point is drawn on its own.
 */
export function pointSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, cluster: true, clusterRadius: 42, clusterMaxZoom: 17 };
}

export function pointLayers(font: string[]): [CircleLayerSpecification, SymbolLayerSpecification, CircleLayerSpecification] {
  const clustered: FilterSpecification = ['has', 'point_count'];
  return [
    {
      id: POINT_LAYERS.clusters,
      type: 'circle',
      source: POINT_SOURCE,
      filter: clustered,
      paint: {
        'circle-color': ['step', ['get', 'point_count'], '#3f7be0', 50, '#1a5cd1', 500, '#0b2b63'],
        'circle-radius': ['step', ['get', 'point_count'], 14, 50, 19, 500, 25],
        'circle-opacity': 0.88,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: POINT_LAYERS.clusterCount,
      type: 'symbol',
      source: POINT_SOURCE,
      filter: clustered,
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': font, 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: POINT_LAYERS.points,
      type: 'circle',
      source: POINT_SOURCE,
      filter: ['!', ['has', 'point_count']],
      // The fill tells the category, the thick ring the layer: origins are shared by two layers.
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 4, 17, 6],
        'circle-stroke-color': ['get', 'stroke'],
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 12, 1.5, 17, 3],
      },
    },
  ];
}
