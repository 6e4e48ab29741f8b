import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { pointLayers, pointSource, POINT_SOURCE } from './points.ts';
import { trajectoryLayers, trajectorySource, TRAJECTORY_SOURCE } from './trajectory.ts';

export const REGION_SOURCES = { mask: 'eg-mask', areas: 'eg-areas', labels: 'eg-area-labels', selected: 'eg-selected' } as const;
export const REGION_LAYERS = {
  mask: 'eg-mask',
  areaFill: 'eg-area-fill',
  areaLine: 'eg-area-line',
  areaLabel: 'eg-area-label',
  selectedCasing: 'eg-selected-casing',
  selectedLine: 'eg-selected-line',
} as const;

/**
 * With no glyph server (the offline style) MapLibre draws labels with the browser's fonts; the
 * font names are CSS families, the first also giving the weight. The console's own fonts.
 */
export const LOCAL_FONT = ['PingFang SC Medium', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei'];

const empty = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

/** Our sources, all empty until the page fills them. */
function overlaySources(): Record<string, SourceSpecification> {
  return {
    [REGION_SOURCES.mask]: empty(),
    // promoteId: the code is the feature id, so hover can be a feature state.
    [REGION_SOURCES.areas]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'code' },
    [REGION_SOURCES.labels]: empty(),
    [REGION_SOURCES.selected]: empty(),
    [POINT_SOURCE]: pointSource(),
    [TRAJECTORY_SOURCE]: trajectorySource(),
  };
}

function regionLayers(font: string[]): LayerSpecification[] {
  const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
  return [
    { id: REGION_LAYERS.mask, type: 'fill', source: REGION_SOURCES.mask, paint: { 'fill-color': '#0b2b63', 'fill-opacity': 0.12 } },
    {
      id: REGION_LAYERS.areaFill,
      type: 'fill',
      source: REGION_SOURCES.areas,
      paint: { 'fill-color': ['case', hovered, '#cfe0ff', '#ffffff'], 'fill-opacity': ['case', hovered, 0.75, 0.45] },
    },
    { id: REGION_LAYERS.areaLine, type: 'line', source: REGION_SOURCES.areas, paint: { 'line-color': '#5b7bb4', 'line-width': 1, 'line-opacity': 0.9 } },
    {
      id: REGION_LAYERS.selectedCasing,
      type: 'line',
      source: REGION_SOURCES.selected,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.85 },
    },
    {
      id: REGION_LAYERS.selectedLine,
      type: 'line',
      source: REGION_SOURCES.selected,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#1a5cd1', 'line-width': 3 },
    },
    {
      id: REGION_LAYERS.areaLabel,
      type: 'symbol',
      source: REGION_SOURCES.labels,
      layout: { 'text-field': ['get', 'name'], 'text-font': font, 'text-size': 13, 'text-max-width': 8 },
      paint: { 'text-color': '#0b2b63', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

/**
 * Our labels' font: the browser's when the style has no glyph server, else one the server has
 * (the base style's own), since a font it lacks would leave the digits blank.
 */
function labelFont(style: Pick<StyleSpecification, 'glyphs' | 'layers'>): string[] {
  if (!style.glyphs) return LOCAL_FONT;
  for (const layer of style.layers) {
    const font = layer.type === 'symbol' ? layer.layout?.['text-font'] : undefined;
    if (Array.isArray(font) && font.length > 0 && font.every((f) => typeof f === 'string')) return font as string[];
  }
  return LOCAL_FONT;
}

/** A base style with our regions, points and trajectory drawn over it, in that order. */
export function withOverlay(base: StyleSpecification): StyleSpecification {
  const font = labelFont(base);
  return {
    ...base,
    sources: { ...base.sources, ...overlaySources() },
    layers: [...base.layers, ...regionLayers(font), ...pointLayers(font), ...trajectoryLayers(font)],
  };
}
