import { describe, expect, it } from 'vitest';
import type { MapAggregates } from '../../../../common/contracts/map.ts';
import type { RegionFeature } from '../regions/queries.ts';
import { bubblesOf } from './bubbles.ts';

const feature = (code: string, name: string, centroid: [number, number] | null): RegionFeature => ({
  type: 'Feature', id: code, properties: { code, name, level: 2, parentCode: '3715', kind: null, centroid }, geometry: null,
});
const answer = (counts: Record<string, number>, centroid: [number, number] | null = null): MapAggregates => ({
  region: { code: '3715', name: '聊城市', level: 1, centroid: null, bbox: null },
  layer: 'arrivals', from: '2026-03-01', to: '2026-03-01', keys: [],
  count: Object.values(counts).reduce((a, b) => a + b, 0),
  byKey: {},
  children: Object.entries(counts).map(([code, count]) => ({ code, name: code, level: 2, centroid, bbox: null, count, byKey: {} })),
});

describe('bubblesOf', () => {
  it('gives each child one number per layer, in the layers\' order, and their total', () => {
    const bubbles = bubblesOf(
      [feature('371502', '东昌府区', [115.98, 36.45]), feature('371581', '临清市', [115.7, 36.84])],
      ['arrivals', 'events'],
      [answer({ 371502: 3, 371581: 1 }), answer({ 371502: 2, 371581: 0 })],
    );
    expect(bubbles).toEqual([
      { code: '371502', name: '东昌府区', at: [115.98, 36.45], counts: [{ layer: 'arrivals', value: 3 }, { layer: 'events', value: 2 }], total: 5 },
      { code: '371581', name: '临清市', at: [115.7, 36.84], counts: [{ layer: 'arrivals', value: 1 }, { layer: 'events', value: 0 }], total: 1 },
    ]);
  });

  it('shows a layer still loading as unknown, not as zero', () => {
    const [bubble] = bubblesOf([feature('371502', '东昌府区', [115.98, 36.45])], ['arrivals', 'events'], [answer({ 371502: 3 }), undefined]);
    expect(bubble!.counts).toEqual([{ layer: 'arrivals', value: 3 }, { layer: 'events', value: null }]);
  });

  it('places a child without an outline centroid at the aggregate\'s, and leaves out one with neither', () => {
    const bubbles = bubblesOf([feature('371502', '东昌府区', null), feature('371581', '临清市', null)], ['arrivals'], [answer({ 371502: 1 }, [116, 36.5])]);
    expect(bubbles.map((b) => [b.code, b.at])).toEqual([['371502', [116, 36.5]]]);
  });
});
