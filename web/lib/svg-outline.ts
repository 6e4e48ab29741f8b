import { bboxOf, polygonsOf, type AreaGeometry, type BBox, type Position } from '../../common/geo/geojson.ts';

export interface OutlineInput {
  code: string;
  name: string;
  geometry: AreaGeometry | null;
  centroid?: [number, number] | null;
}

export interface OutlineShape {
  code: string;
  name: string;
  /** SVG path data; rings are closed sub-paths, so `fill-rule: evenodd` cuts the holes. */
  d: string;
  label: [number, number];
  /** Width of the shape's bounding box, in drawing units: whether its name fits inside. */
  width: number;
}

export interface OutlineDrawing {
  width: number;
  height: number;
  shapes: OutlineShape[];
}

export function unionBox(boxes: BBox[]): BBox {
  return boxes.reduce<BBox>((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity]);
}

/** The drawing's projection and its inverse: a tap on the drawing maps back to lon/lat. */
export interface OutlineProjection {
  x(lon: number): number;
  y(lat: number): number;
  lon(x: number): number;
  lat(y: number): number;
  /** Height of the drawing in units, for a given width. */
  height: number;
}

/**
 * Equirectangular projection with longitudes shrunk by cos(mid-latitude): at the scale of a
 * city that keeps shapes true enough for an overview, with no map library.
 */
export function outlineProjection(box: BBox, width: number, padding: number): OutlineProjection {
  const [minLon, minLat, maxLon, maxLat] = box;
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const span = Math.max((maxLon - minLon) * kx, maxLat - minLat, 1e-9);
  const scale = (width - 2 * padding) / span;
  const x = (lon: number) => Math.round((padding + (lon - minLon) * kx * scale) * 10) / 10;
  const y = (lat: number) => Math.round((padding + (maxLat - lat) * scale) * 10) / 10;
  return {
    x,
    y,
    lon: (px: number) => minLon + (px - padding) / (kx * scale),
    lat: (py: number) => maxLat - (py - padding) / scale,
    height: Math.ceil(y(minLat) + padding),
  };
}

export function drawOutlines(items: readonly OutlineInput[], width = 1000, padding = 10): OutlineDrawing {
  const drawable = items.filter((i): i is OutlineInput & { geometry: AreaGeometry } => i.geometry !== null);
  if (drawable.length === 0) return { width, height: 0, shapes: [] };
  const { x, y, height } = outlineProjection(unionBox(drawable.map((i) => bboxOf(i.geometry))), width, padding);

  const ringPath = (ring: Position[]) => {
    const points: string[] = [];
    for (const p of ring) {
      const point = `${x(p[0]!)} ${y(p[1]!)}`;
      // Neighbouring vertices that round to the same pixel only cost DOM size.
      if (points[points.length - 1] !== point) points.push(point);
    }
    return `M${points.join('L')}Z`;
  };

  const shapes = drawable.map((item) => {
    const d = polygonsOf(item.geometry).flatMap((polygon) => polygon.map(ringPath)).join('');
    const [bx0, by0, bx1, by1] = bboxOf(item.geometry);
    const [lon, lat] = item.centroid ?? [(bx0 + bx1) / 2, (by0 + by1) / 2];
    return { code: item.code, name: item.name, d, label: [x(lon), y(lat)] as [number, number], width: x(bx1) - x(bx0) };
  });
  return { width, height, shapes };
}
