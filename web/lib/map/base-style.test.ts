import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { BaseMap } from '../../../common/contracts/map.ts';
import { baseStyle, expandTileUrl, mapStyle } from './base-style.ts';
import { LOCAL_FONT, REGION_LAYERS, REGION_SOURCES } from './overlay.ts';
import { POINT_LAYERS, POINT_SOURCE } from './points.ts';
import { TRAJECTORY_LAYERS } from './trajectory.ts';

const raster: BaseMap = {
  kind: 'raster', url: 'https://webrd0{1-4}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}', crs: 'gcj02', attribution: '© 高德地图', tileSize: 256, maxZoom: 18,
};

/** Every URL a style would make the browser fetch. */
function urlsIn(style: StyleSpecification): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string' && /^(https?:)?\/\//.test(value)) found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(style);
  return found;
}

describe('the offline style (no base map)', () => {
  const { style, transformStyle } = mapStyle(null);
  const offline = style as StyleSpecification;

  it('fetches nothing: no tiles, no glyphs, no sprite', () => {
    expect(typeof style).toBe('object');
    expect(transformStyle).toBeUndefined();
    expect(offline.glyphs).toBeUndefined();
    expect(offline.sprite).toBeUndefined();
    expect(urlsIn(offline)).toEqual([]);
  });

  it('draws a plain background under the region, point and trajectory layers, in that order', () => {
    const ids = offline.layers.map((l) => l.id);
    expect(ids[0]).toBe('eg-background');
    expect(ids.indexOf(REGION_LAYERS.areaFill)).toBeLessThan(ids.indexOf(REGION_LAYERS.selectedLine));
    expect(ids.indexOf(REGION_LAYERS.selectedLine)).toBeLessThan(ids.indexOf(POINT_LAYERS.clusters));
    expect(ids.indexOf(POINT_LAYERS.points)).toBeLessThan(ids.indexOf(TRAJECTORY_LAYERS.line));
    expect(Object.keys(offline.sources)).toEqual(expect.arrayContaining([REGION_SOURCES.areas, REGION_SOURCES.selected, POINT_SOURCE]));
  });

  it('labels with the browser\'s own fonts', () => {
    const label = offline.layers.find((l) => l.id === REGION_LAYERS.areaLabel);
    expect(label?.type === 'symbol' && label.layout?.['text-font']).toEqual(LOCAL_FONT);
  });

  it('clusters the points', () => {
    expect(offline.sources[POINT_SOURCE]).toMatchObject({ type: 'geojson', cluster: true });
  });
});

describe('a raster base map', () => {
  it('puts the tiles between the background and our layers, spread over the numbered servers', () => {
    const style = mapStyle(raster).style as StyleSpecification;
    expect(style.layers.map((l) => l.id).slice(0, 3)).toEqual(['eg-background', 'eg-base', REGION_LAYERS.mask]);
    expect(style.sources['eg-base']).toEqual({
      type: 'raster',
      tiles: [1, 2, 3, 4].map((n) => `https://webrd0${n}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}`),
      tileSize: 256,
      maxzoom: 18,
      attribution: '© 高德地图',
    });
  });

  it('keeps a URL without a server range as it is, Tianditu\'s WMTS included', () => {
    const tianditu = 'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=vec&TILEMATRIXSET=w&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY';
    expect(expandTileUrl(tianditu)).toEqual([tianditu]);
    expect(expandTileUrl('https://{a-c}.tile.example/{z}/{x}/{y}.png')).toEqual(['a', 'b', 'c'].map((s) => `https://${s}.tile.example/{z}/{x}/{y}.png`));
    expect(expandTileUrl('https://x.example/{bbox-epsg-3857}')).toEqual(['https://x.example/{bbox-epsg-3857}']);
  });

  it('draws only the background for a style URL, which replaces it', () => {
    expect(baseStyle({ ...raster, kind: 'style', url: 'https://tiles.example/style.json' }).layers.map((l) => l.id)).toEqual(['eg-background']);
  });
});

describe('a vector style URL', () => {
  const vector: BaseMap = { ...raster, kind: 'style', url: 'https://tiles.example/style.json', crs: 'wgs84' };
  const fetched: StyleSpecification = {
    version: 8,
    glyphs: 'https://tiles.example/fonts/{fontstack}/{range}.pbf',
    sources: { streets: { type: 'vector', url: 'https://tiles.example/streets.json' } },
    layers: [
      { id: 'land', type: 'background', paint: { 'background-color': '#f8f4f0' } },
      { id: 'road-label', type: 'symbol', source: 'streets', 'source-layer': 'roads', layout: { 'text-field': '{name}', 'text-font': ['Noto Sans Regular'] } },
    ],
  };

  it('is loaded by URL, and our layers are added on top of it once fetched', () => {
    const { style, transformStyle } = mapStyle(vector);
    expect(style).toBe(vector.url);
    const merged = transformStyle!(undefined, fetched);
    expect(merged.layers.slice(0, 2).map((l) => l.id)).toEqual(['land', 'road-label']);
    expect(merged.layers.map((l) => l.id)).toContain(REGION_LAYERS.selectedLine);
    expect(Object.keys(merged.sources)).toEqual(expect.arrayContaining(['streets', REGION_SOURCES.areas, POINT_SOURCE]));
  });

  it('labels in a font its glyph server has', () => {
    const merged = mapStyle(vector).transformStyle!(undefined, fetched);
    const counts = merged.layers.find((l) => l.id === POINT_LAYERS.clusterCount);
    expect(counts?.type === 'symbol' && counts.layout?.['text-font']).toEqual(['Noto Sans Regular']);
  });
});
