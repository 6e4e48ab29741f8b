import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { CircleLayerSpecification, FilterSpecification, GeoJSONSourceSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Trajectory } from '../../../common/contracts/map.ts';
import type { ToDisplay } from './shift.ts';

export const TRAJECTORY_SOURCE = 'eg-trajectory';
export const TRAJECTORY_LAYERS = { line: 'eg-trajectory-line', stops: 'eg-trajectory-stops', numbers: 'eg-trajectory-numbers' } as const;
const COLOR = '#f5222d';

export type Stop = Trajectory['stops'][number];

/**
 * A person's timed locations as one line in time order and numbered stops (1 = oldest), so the
 * order reads without a legend. Several stops at one place (registered at home, visited there
 * later) share one marker that carries all their numbers, "1,3".
 */
export function trajectoryFeatures(stops: readonly Stop[], to: ToDisplay): FeatureCollection<LineString | Point> {
  const coordinates = stops.map((s) => to(s.lon, s.lat));
  const line: Feature<LineString>[] = coordinates.length > 1
    ? [{ type: 'Feature', properties: { kind: 'line' }, geometry: { type: 'LineString', coordinates } }]
    : [];
  const places = new Map<string, { at: [number, number]; numbers: number[] }>();
  coordinates.forEach((c, index) => {
    const place = `${c[0].toFixed(6)},${c[1].toFixed(6)}`;
    const seen = places.get(place) ?? { at: c, numbers: [] };
    seen.numbers.push(index + 1);
    places.set(place, seen);
  });
  const markers: Feature<Point>[] = [...places.values()].map(({ at, numbers }) => ({
    type: 'Feature',
    properties: { kind: 'stop', label: numbers.join(','), last: numbers.includes(coordinates.length) },
    geometry: { type: 'Point', coordinates: at },
  }));
  return { type: 'FeatureCollection', features: [...line, ...markers] };
}

export function trajectorySource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
}

export function trajectoryLayers(font: string[]): [LineLayerSpecification, CircleLayerSpecification, SymbolLayerSpecification] {
  const stop: FilterSpecification = ['==', ['get', 'kind'], 'stop'];
  return [
    {
      id: TRAJECTORY_LAYERS.line,
      type: 'line',
      source: TRAJECTORY_SOURCE,
      filter: ['==', ['get', 'kind'], 'line'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': COLOR, 'line-width': 3, 'line-dasharray': [2, 1.5], 'line-opacity': 0.9 },
    },
    {
      id: TRAJECTORY_LAYERS.stops,
      type: 'circle',
      source: TRAJECTORY_SOURCE,
      filter: stop,
      paint: {
        'circle-color': ['case', ['get', 'last'], COLOR, '#ffffff'],
        // Wide enough for "1,3,5" as well as "1".
        'circle-radius': ['min', 18, ['+', 7, ['*', 3, ['length', ['get', 'label']]]]],
        'circle-stroke-color': COLOR,
        'circle-stroke-width': 2,
      },
    },
    {
      id: TRAJECTORY_LAYERS.numbers,
      type: 'symbol',
      source: TRAJECTORY_SOURCE,
      filter: stop,
      layout: { 'text-field': ['get', 'label'], 'text-font': font, 'text-size': 12, 'text-allow-overlap': true, 'icon-allow-overlap': true },
      paint: { 'text-color': ['case', ['get', 'last'], '#ffffff', COLOR] },
    },
  ];
}
