import { describe, expect, it } from 'vitest';
import { drawOutlines, outlineProjection } from './svg-outline.ts';

const square = (x0: number, y0: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]],
});

describe('drawOutlines', () => {
  it('shrinks longitudes by cos(latitude) and puts north at the top', () => {
    const drawing = drawOutlines([{ code: 'a', name: 'A', geometry: square(115, 59.5, 1) }], 100, 0);
    // At 60°N a degree of longitude is half a degree of latitude: the square draws twice as tall as wide.
    expect(drawing.height).toBe(100);
    expect(drawing.shapes[0]!.d.startsWith('M0 100L')).toBe(true);
  });

  it('skips regions without geometry and labels at the given centroid', () => {
    const drawing = drawOutlines([
      { code: 'a', name: 'A', geometry: square(0, 0, 1), centroid: [0.5, 0.5] },
      { code: 'b', name: 'B', geometry: null },
    ], 110, 5);
    expect(drawing.shapes.map((s) => s.code)).toEqual(['a']);
    expect(drawing.shapes[0]!.label).toEqual([55, 55]);
  });
});

describe('outlineProjection', () => {
  it('maps a point on the drawing back to its longitude and latitude', () => {
    const p = outlineProjection([115.9, 36.4, 116.1, 36.5], 320, 14);
    const [lon, lat] = [116.0123, 36.4567];
    expect(p.lon(p.x(lon))).toBeCloseTo(lon, 3);
    expect(p.lat(p.y(lat))).toBeCloseTo(lat, 3);
    expect(p.y(36.5)).toBe(14);
  });
});
