import { describe, expect, it } from 'vitest';
import { labelsThatFit, type DrawnFeature } from './label-plan.ts';

const square = (code: string, name: string, x0: number, y0: number, size: number): DrawnFeature => ({
  type: 'Feature',
  id: code,
  properties: { code, name, level: 3, parentCode: '371502', kind: null, centroid: null },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]] },
});

const plan = (features: DrawnFeature[], values: Record<string, number> = {}) =>
  labelsThatFit({ features, values: new Map(Object.entries(values)), box: { width: 800, height: 500 }, sizeShare: 1, fontSize: 18, aspect: 1 });

describe('labelsThatFit', () => {
  it('names every region when there is room', () => {
    expect(plan([square('a', '东区', 0, 0, 1), square('b', '西区', 1, 0, 1)])).toEqual(new Set(['a', 'b']));
  });

  it('gives crowded names to the biggest figure first, then the largest region', () => {
    // Two tiny neighbours away from the big region's name: their own names collide.
    const big = square('big', '大镇', 0, 0, 10);
    const left = square('left', '古楼街道', 8, 8, 0.05);
    const right = square('right', '柳园街道', 8.06, 8, 0.05);
    expect(plan([big, left, right])).toEqual(new Set(['big', 'left']));
    expect(plan([big, left, right], { right: 3 })).toEqual(new Set(['right', 'big']));
  });
});
