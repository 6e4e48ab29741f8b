import { describe, expect, it } from 'vitest';
import { GridIndex } from './grid-index.ts';

const square = (x: number, y: number, size = 1) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

describe('grid index', () => {
  // Two grids side by side sharing the edge x = 1; the left one has a hole, the right one is in two parts.
  const index = new GridIndex([
    { code: '371502001001002', geometry: { type: 'MultiPolygon', coordinates: [[square(1, 0)], [square(3, 0)]] } },
    { code: '371502001001001', geometry: { type: 'Polygon', coordinates: [square(0, 0), [[0.4, 0.4], [0.4, 0.6], [0.6, 0.6], [0.6, 0.4], [0.4, 0.4]]] } },
  ]);

  it('finds the grid containing a point', () => {
    expect(index.size).toBe(2);
    expect(index.locate(0.2, 0.2)).toBe('371502001001001');
    expect(index.locate(1.5, 0.5)).toBe('371502001001002');
    expect(index.locate(3.5, 0.5)).toBe('371502001001002');
  });

  it('reports holes, gaps and the outside as no grid', () => {
    expect(index.locate(0.5, 0.5)).toBeNull();
    expect(index.locate(2.5, 0.5)).toBeNull();
    expect(index.locate(-1, 0.5)).toBeNull();
    expect(index.locate(Number.NaN, 0.5)).toBeNull();
  });

  it('gives a point on a shared edge to the lowest code, and the hole\'s edge to its grid', () => {
    expect(index.locate(1, 0.5)).toBe('371502001001001');
    expect(index.locate(1, 1)).toBe('371502001001001');
    expect(index.locate(0.4, 0.5)).toBe('371502001001001');
    expect(index.locate(2, 0.5)).toBe('371502001001002');
  });

  it('an empty index locates nothing', () => {
    expect(new GridIndex([]).locate(0, 0)).toBeNull();
  });
});
