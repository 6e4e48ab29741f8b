import type { StyleSpecification, TransformStyleFunction } from 'maplibre-gl';
import type { BaseMap } from '../../../common/contracts/map.ts';
import { withOverlay } from './overlay.ts';

/** The offline map's ground: a plain, slightly cool grey on which the region fills stand out. */
const BACKGROUND_COLOR = '#e3e9f2';
const BASE_SOURCE = 'eg-base';

/**
 * A tile URL with a server range, `webrd0{1-4}` or `{a-c}`, as the list of URLs MapLibre
 * spreads requests over (it knows `{z}/{x}/{y}`, not ranges).
 */
export function expandTileUrl(url: string): string[] {
  const range = /\{([a-z0-9])-([a-z0-9])\}/.exec(url);
  if (!range) return [url];
  const first = range[1]!.charCodeAt(0);
  const last = range[2]!.charCodeAt(0);
  if (first > last) return [url];
  const urls: string[] = [];
  for (let c = first; c <= last; c++) urls.push(...expandTileUrl(url.replace(range[0], String.fromCharCode(c))));
  return urls;
}

/** The ground under our layers: a plain background, or raster tiles over it. */
export function baseStyle(baseMap: BaseMap | null): StyleSpecification {
  const background = { id: 'eg-background', type: 'background' as const, paint: { 'background-color': BACKGROUND_COLOR } };
  if (!baseMap || baseMap.kind !== 'raster') return { version: 8, name: 'EpiGrid', sources: {}, layers: [background] };
  return {
    version: 8,
    name: 'EpiGrid',
    sources: {
      [BASE_SOURCE]: {
        type: 'raster', tiles: expandTileUrl(baseMap.url), tileSize: baseMap.tileSize, maxzoom: baseMap.maxZoom, attribution: baseMap.attribution,
      },
    },
    layers: [background, { id: BASE_SOURCE, type: 'raster', source: BASE_SOURCE }],
  };
}

export interface MapStyle {
  style: StyleSpecification | string;
  /** For a style URL: adds our layers once MapLibre has fetched it. */
  transformStyle?: TransformStyleFunction;
}

/**
 * What the map is created with. No base map (the default) needs nothing from the network:
 * no tiles, no glyphs, no sprite. A style URL keeps its own look, our layers on top.
 */
export function mapStyle(baseMap: BaseMap | null): MapStyle {
  if (baseMap?.kind === 'style') return { style: baseMap.url, transformStyle: (_previous, next) => withOverlay(next) };
  return { style: withOverlay(baseStyle(baseMap)) };
}
