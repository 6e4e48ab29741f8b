import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { MapMovementEvent } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { bboxOf, type BBox } from '../../../../common/geo/geojson.ts';
import { flattenGeometry } from '../../../../common/geo/point-in-polygon.ts';
import type { AreaProperties } from '../../../lib/map/regions.ts';
import type { MapLibreMap } from '../../../lib/map/use-map.ts';
import { semanticStep } from './semantic-zoom.ts';

export interface SemanticZoom {
  /** The viewed region's box in display coordinates; null while it loads. */
  box: BBox | null;
  /** The viewed region's children as drawn (display coordinates); none at a grid. */
  children: readonly Feature<Polygon | MultiPolygon, AreaProperties>[];
  /** Where zooming out climbs; null at the viewer's own region. */
  parent: string | null;
  /** The panels' room, as the map fits regions with. */
  padding: { top: number; right: number; bottom: number; left: number };
  enabled: boolean;
  /** Shows a region, leaving the camera where the user put it. */
  onRegion: (code: string) => void;
}

/**
 * Zooming moves between levels as clicking does (rule in semantic-zoom.ts). Only the user's own
 * gestures count — wheel, pinch, double-click, keys, the +/− buttons — judged once each has come
 * to rest; the page's fitBounds and easeTo are not theirs, so the map never answers its own moves.
 */
export function useSemanticZoom(map: MapLibreMap | null, options: SemanticZoom): void {
  const latest = useRef(options);
  latest.current = options;
  const children = useMemo(
    () => options.children.map((f) => ({ code: f.properties.code, polygons: flattenGeometry(f.geometry), box: bboxOf(f.geometry) })),
    [options.children],
  );
  const latestChildren = useRef(children);
  latestChildren.current = children;

  useEffect(() => {
    if (!map) return undefined;
    let startZoom: number | null = null;
    const onStart = (e: MapMovementEvent) => {
      // A user's move carries the DOM event that started it, except a lone wheel tick's: MapLibre
      // drops that event while it tells a mouse wheel from a trackpad, so its handler vouches instead.
      const byUser = e.originalEvent !== undefined || map.scrollZoom.isActive();
      startZoom = byUser ? map.getZoom() : null;
    };
    const onEnd = () => {
      const from = startZoom;
      startZoom = null;
      const { box, parent, padding, enabled, onRegion } = latest.current;
      const zoom = map.getZoom();
      if (from === null || zoom === from || !enabled || !box) return;
      const fitOf = (b: BBox) => map.cameraForBounds(b, { padding })?.zoom;
      const fit = fitOf(box);
      if (fit === undefined) return;
      const { clientWidth, clientHeight } = map.getContainer();
      const centre = map.unproject([
        (padding.left + clientWidth - padding.right) / 2,
        (padding.top + clientHeight - padding.bottom) / 2,
      ]);
      const step = semanticStep({
        direction: zoom > from ? 'in' : 'out',
        zoom,
        fit,
        centre: [centre.lng, centre.lat],
        children: latestChildren.current.flatMap(({ box: childBox, ...child }) => {
          const childFit = fitOf(childBox);
          return childFit === undefined ? [] : [{ ...child, fit: childFit }];
        }),
        canClimb: parent !== null,
      });
      const next = step === 'up' ? parent : step?.down;
      if (next) onRegion(next);
    };
    map.on('movestart', onStart);
    map.on('moveend', onEnd);
    return () => {
      map.off('movestart', onStart);
      map.off('moveend', onEnd);
    };
  }, [map]);
}
