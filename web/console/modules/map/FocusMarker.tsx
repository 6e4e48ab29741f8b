import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { ToDisplay } from '../../../lib/map/shift.ts';

/** A pulsing ring where the opened item is (an event, a checkpoint, a worker's last position). */
export function FocusMarker({ map, at, to }: { map: MapLibreMap; at: [number, number]; to: ToDisplay }) {
  const [lon, lat] = at;
  useEffect(() => {
    const element = document.createElement('div');
    element.className = 'map-focus';
    element.dataset.testid = 'map-focus';
    const marker = new Marker({ element }).setLngLat(to(lon, lat)).addTo(map);
    return () => {
      marker.remove();
    };
  }, [map, lon, lat, to]);
  return null;
}
