/// <reference types="vite/client" />
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type LngLatBoundsLike, type PaddingOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSON } from 'geojson';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { BaseMap } from '../../../common/contracts/map.ts';
import { mapStyle } from './base-style.ts';

// MapLibre looks for its worker beside its own file, which a bundle does not keep: the build
// copies the worker as an asset of our own origin (so CSP's worker-src 'self' covers it).
setWorkerUrl(workerUrl);

export type { MapLibreMap };

export interface MapSetup {
  /** undefined while the base-map setting loads; null: no base map, fully offline. */
  baseMap: BaseMap | null | undefined;
  /** Where the map first looks; null until known. Later values are ignored: the caller moves the map. */
  bounds: LngLatBoundsLike | null;
  /** Kept clear of panels drawn over the map when fitting. */
  padding: PaddingOptions;
}

/**
 * A 2-D MapLibre map in `container`, created once the base-map setting and a first view are
 * known and kept until the base-map setting changes; null until its style (our layers
 * included) has loaded.
 */
export function useMapLibre(container: RefObject<HTMLElement | null>, { baseMap, bounds, padding }: MapSetup): MapLibreMap | null {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // Only the first view places the map: while the next region loads (bounds null again, e.g.
  // on a drill-down) the map stays, and the caller flies it on once the new bounds arrive.
  // Taken once the base map is known, since the bounds are shifted to its datum.
  const firstBounds = useRef<LngLatBoundsLike | null>(null);
  if (baseMap !== undefined) firstBounds.current ??= bounds;
  const placed = firstBounds.current !== null;
  useEffect(() => {
    const at = firstBounds.current;
    if (baseMap === undefined || at === null || !container.current) return undefined;
    const { style, transformStyle } = mapStyle(baseMap);
    const created = new MapLibreMap({
      container: container.current,
      style,
      ...(transformStyle ? { transformStyle } : {}),
      bounds: at,
      fitBoundsOptions: { padding },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      maxZoom: baseMap ? baseMap.maxZoom + 2 : 19,
    });
    created.touchZoomRotate.disableRotation();
    created.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    created.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    if (baseMap) created.addControl(new AttributionControl({ compact: true, customAttribution: baseMap.attribution }), 'bottom-right');
    created.once('load', () => setMap(created));
    return () => {
      setMap(null);
      created.remove();
    };
    // The map lives as long as the base-map setting: `placed` turns true once and stays so.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [baseMap, placed]);
  return map;
}

/** Keeps one of our GeoJSON sources showing `data`. */
export function useSourceData(map: MapLibreMap | null, source: string, data: GeoJSON): void {
  useEffect(() => {
    (map?.getSource(source) as GeoJSONSource | undefined)?.setData(data);
  }, [map, source, data]);
}
