import { describe, expect, it } from 'vitest';
import { fromWgs84, toWgs84 } from './crs.ts';
import { centroidOf, type AreaGeometry } from './geojson.ts';
import { pointInGeometry } from './point-in-polygon.ts';

// A 10×10 square with a 4×4 hole in the middle.
const squareWithHole: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[3, 3], [3, 7], [7, 7], [7, 3], [3, 3]],
  ],
};

describe('point in polygon', () => {
  it.each([
    [[1, 1], 'inside'],
    [[5, 5], 'outside'],
    [[11, 5], 'outside'],
    [[-0.0001, 5], 'outside'],
    [[0, 5], 'boundary'],
    [[10, 10], 'boundary'],
    [[5, 0], 'boundary'],
    [[3, 5], 'boundary'],
    [[7, 7], 'boundary'],
    [[2.999999, 5], 'inside'],
  ] as const)('%j is %s', (point, expected) => {
    expect(pointInGeometry(point[0], point[1], squareWithHole)).toBe(expected);
  });

  it('handles multipolygons and concave rings', () => {
    const multi: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]],
        [[[5, 0], [9, 0], [9, 4], [7, 1], [5, 4], [5, 0]]],
      ],
    };
    expect(pointInGeometry(1, 1, multi)).toBe('inside');
    expect(pointInGeometry(6, 1, multi)).toBe('inside');
    expect(pointInGeometry(7, 3, multi)).toBe('outside');
    expect(pointInGeometry(3, 1, multi)).toBe('outside');
  });
});

describe('centroid', () => {
  it('subtracts holes', () => {
    const [x, y] = centroidOf(squareWithHole);
    expect(x).toBeCloseTo(5, 9);
    expect(y).toBeCloseTo(5, 9);
    const lShape: AreaGeometry = { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]]] };
    expect(centroidOf(lShape)[0]).toBeCloseTo(5 / 6, 9);
  });
});

// Reference pairs published with the widely used coordTransform implementations (Tiananmen area).
describe('coordinate systems', () => {
  const closeTo = (actual: [number, number], expected: [number, number], digits = 6) => {
    expect(actual[0]).toBeCloseTo(expected[0], digits);
    expect(actual[1]).toBeCloseTo(expected[1], digits);
  };

  it('WGS-84 → GCJ-02 and BD-09', () => {
    closeTo(fromWgs84(116.404, 39.915, 'gcj02'), [116.41024449916938, 39.91640428150164]);
    closeTo(fromWgs84(116.404, 39.915, 'bd09'), [116.41662724378733, 39.922699552216216]);
  });

  it('GCJ-02 and BD-09 → WGS-84 within a metre', () => {
    closeTo(toWgs84(116.404, 39.915, 'gcj02'), [116.39775550083061, 39.91359571849836], 5);
    closeTo(toWgs84(116.404, 39.915, 'bd09'), [116.3913836995125, 39.907253214522164], 5);
  });

  it('round-trips in Liaocheng to well under a metre', () => {
    for (const crs of ['gcj02', 'bd09'] as const) {
      const [x, y] = fromWgs84(115.985, 36.456, crs);
      closeTo(toWgs84(x, y, crs), [115.985, 36.456], 5);
    }
  });

  it('leaves WGS-84 alone', () => {
    expect(toWgs84(115.9, 36.4, 'wgs84')).toEqual([115.9, 36.4]);
  });
});
