import type { RegionFeature } from '../../../common/contracts/regions.ts';
import { bboxOf, centroidOf, type AreaGeometry } from '../../../common/geo/geojson.ts';
import { unionBox } from '../../lib/svg-outline.ts';

export type DrawnFeature = RegionFeature & { geometry: AreaGeometry };

interface LabelPlanInput {
  features: DrawnFeature[];
  values: Map<string, number>;
  /** The chart's box in pixels, the map's share of its shorter side, and the label size. */
  box: { width: number; height: number };
  sizeShare: number;
  fontSize: number;
  /** Horizontal shrink of longitudes (cos of the latitude). */
  aspect: number;
}

/** Where a region's name goes: the server's centroid, or the shape's own. */
export function anchorOf(feature: DrawnFeature): [number, number] {
  return feature.properties.centroid ?? centroidOf(feature.geometry);
}

/**
 * Which region names fit without covering each other. City streets are small and crowded:
 * the regions with the biggest figure, then the largest, get their names first; a name that
 * would overlap one already placed is left out (the tooltip still has it).
 */
export function labelsThatFit({ features, values, box, sizeShare, fontSize, aspect }: LabelPlanInput): Set<string> {
  if (features.length === 0) return new Set();
  const [minLon, minLat, maxLon, maxLat] = unionBox(features.map((f) => bboxOf(f.geometry)));
  // As ECharts lays a map out: its longer side is `sizeShare` of the box's shorter side.
  const scale = (sizeShare * Math.min(box.width, box.height)) / Math.max((maxLon - minLon) * aspect, maxLat - minLat, 1e-9);
  const areaOf = (f: DrawnFeature) => {
    const [x0, y0, x1, y1] = bboxOf(f.geometry);
    return (x1 - x0) * (y1 - y0);
  };
  const order = [...features].sort((a, b) => (values.get(b.properties.code) ?? 0) - (values.get(a.properties.code) ?? 0) || areaOf(b) - areaOf(a));
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const shown = new Set<string>();
  for (const feature of order) {
    const [lon, lat] = anchorOf(feature);
    const x = (lon - minLon) * aspect * scale;
    const y = (maxLat - lat) * scale;
    const halfWidth = (feature.properties.name.length * fontSize) / 2 + 4;
    const halfHeight = fontSize * 0.7;
    const rect = { x0: x - halfWidth, y0: y - halfHeight, x1: x + halfWidth, y1: y + halfHeight };
    if (placed.some((p) => rect.x0 < p.x1 && p.x0 < rect.x1 && rect.y0 < p.y1 && p.y0 < rect.y1)) continue;
    placed.push(rect);
    shown.add(feature.properties.code);
  }
  return shown;
}
