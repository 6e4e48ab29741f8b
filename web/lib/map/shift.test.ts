import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../../../common/geo/geojson.ts';
import { displayShift, shiftBBox, shiftGeometry } from './shift.ts';

/** 聊城市 东昌府区 古楼街道, roughly. */
const LIAOCHENG: [number, number] = [115.985, 36.456];

/** Metres between two nearby lon/lat points (equirectangular: fine at a few hundred metres). */
function metres(a: readonly number[], b: readonly number[]): number {
  const k = Math.cos((a[1]! * Math.PI) / 180);
  return Math.hypot((a[0]! - b[0]!) * k, a[1]! - b[1]!) * 111_320;
}

describe('displayShift', () => {
  it('leaves WGS-84 as it is with no base map or a WGS-84 / CGCS2000 one (Tianditu)', () => {
    expect(displayShift(null)(...LIAOCHENG)).toEqual(LIAOCHENG);
    expect(displayShift({ crs: 'wgs84' })(...LIAOCHENG)).toEqual(LIAOCHENG);
  });

  it('moves a point to GCJ-02 for a Gaode-style base map: a few hundred metres, east and north here', () => {
    const [lon, lat] = displayShift({ crs: 'gcj02' })(...LIAOCHENG);
    const d = metres(LIAOCHENG, [lon, lat]);
    expect(d).toBeGreaterThan(200);
    expect(d).toBeLessThan(800);
    expect(lon).toBeGreaterThan(LIAOCHENG[0]);
    expect(lat).toBeGreaterThan(LIAOCHENG[1]);
  });
});

describe('shiftGeometry and shiftBBox', () => {
  const square: PolygonGeometry = {
    type: 'Polygon',
    coordinates: [[[115.98, 36.45], [115.99, 36.45], [115.99, 36.46], [115.98, 36.46], [115.98, 36.45]]],
  };

  it('moves every vertex like the point shift, leaving the original untouched', () => {
    const to = displayShift({ crs: 'gcj02' });
    const before = structuredClone(square);
    const shifted = shiftGeometry(square, to);
    expect(square).toEqual(before);
    shifted.coordinates[0]!.forEach((p, i) => expect(p).toEqual(to(square.coordinates[0]![i]![0]!, square.coordinates[0]![i]![1]!)));
  });

  it('shifts multipolygons part by part', () => {
    const to = displayShift({ crs: 'gcj02' });
    const shifted = shiftGeometry({ type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] }, to);
    expect(shifted.coordinates).toHaveLength(2);
    expect(shifted.coordinates[1]![0]![0]).toEqual(to(115.98, 36.45));
  });

  it('returns the same geometry with no shift (no copy of a large outline)', () => {
    expect(shiftGeometry(square, displayShift(null))).toBe(square);
  });

  it('keeps a box around the shifted corners', () => {
    const to = displayShift({ crs: 'gcj02' });
    const [x0, y0, x1, y1] = shiftBBox([115.98, 36.45, 115.99, 36.46], to);
    expect([x0, y0]).toEqual(to(115.98, 36.45));
    expect([x1, y1]).toEqual(to(115.99, 36.46));
  });
});
