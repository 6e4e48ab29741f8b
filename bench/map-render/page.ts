/// <reference types="vite/client" />
import type { GeoJSONSource } from 'maplibre-gl';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapItem } from '../../common/contracts/map.ts';
import { mapStyle } from '../../web/lib/map/base-style.ts';
import { pointFeatures, POINT_SOURCE } from '../../web/lib/map/points.ts';
import { displayShift } from '../../web/lib/map/shift.ts';

/**
 * The console map's points layer (the same style, source and clustering) on an offline map,
 * timed from handing it N points to the map being idle, then over a pan. The baseline is the
 * same points as plain, unclustered circles.
 */
setWorkerUrl(workerUrl);

const CENTER: [number, number] = [115.985, 36.457];

function randomItems(n: number): MapItem[] {
  let seed = 20200126;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, item: 'person', personId: null, key: ['wuhan', 'hubei_other', 'other_province', 'abroad'][i % 4]!,
    lon: CENTER[0] + (random() - 0.5) * 0.02, lat: CENTER[1] + (random() - 0.5) * 0.016, at: null, title: '张*', subtitle: null, grid: { code: '371502001001001', name: '网格' },
  }));
}

const idle = (map: MapLibreMap) => new Promise<void>((resolve) => map.once('idle', () => resolve()));

async function panFrames(map: MapLibreMap, frames: number): Promise<number[]> {
  const times: number[] = [];
  let last = performance.now();
  for (let i = 0; i < frames; i++) {
    map.panBy([6, 3], { duration: 0 });
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const now = performance.now();
    times.push(now - last);
    last = now;
  }
  return times;
}

async function run(n: number, clustered: boolean): Promise<{ loadMs: number; frames: number[] }> {
  document.getElementById('map')!.replaceChildren();
  const { style } = mapStyle(null);
  const map = new MapLibreMap({ container: 'map', style, center: CENTER, zoom: 15, attributionControl: false, fadeDuration: 0 });
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  const data = pointFeatures([{ layer: 'arrivals', points: randomItems(n) }], displayShift(null));
  const start = performance.now();
  if (clustered) {
    (map.getSource(POINT_SOURCE) as GeoJSONSource).setData(data);
  } else {
    map.addSource('plain', { type: 'geojson', data });
    map.addLayer({ id: 'plain', type: 'circle', source: 'plain', paint: { 'circle-color': ['get', 'color'], 'circle-radius': 4 } });
  }
  await idle(map);
  const loadMs = performance.now() - start;
  const frames = await panFrames(map, 60);
  map.remove();
  return { loadMs, frames };
}

(window as unknown as { benchRender: typeof run }).benchRender = run;
document.title = 'ready';
