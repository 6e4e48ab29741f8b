import type { MapAggregates } from '../../../../common/contracts/map.ts';
import type { MapLayer } from '../../../../common/map/layers.ts';
import type { RegionFeature } from '../regions/queries.ts';

export interface BubbleCount {
  layer: MapLayer;
  /** null while the layer's counts load (or failed). */
  value: number | null;
}

/** One child region's bubble: where it sits (WGS-84) and one number per active layer. */
export interface Bubble {
  code: string;
  name: string;
  at: [number, number];
  counts: BubbleCount[];
  /** Sum over the layers: bigger totals win the place when bubbles would overlap. */
  total: number;
}

/**
 * The bubbles of a region's children: placed at the centroid the outline endpoint gives (else
 * the aggregate's), counted per active layer in the layers' order.
 */
export function bubblesOf(children: readonly RegionFeature[], layers: readonly MapLayer[], answers: readonly (MapAggregates | undefined)[]): Bubble[] {
  const counts = layers.map((layer, i) => ({ layer, byCode: new Map(answers[i]?.children.map((c) => [c.code, c])) }));
  return children.flatMap((feature) => {
    const { code, name } = feature.properties;
    const at = feature.properties.centroid ?? counts.map((c) => c.byCode.get(code)?.centroid).find((p) => p) ?? null;
    if (!at) return [];
    const values = counts.map(({ layer, byCode }) => ({ layer, value: byCode.get(code)?.count ?? null }));
    return [{ code, name, at, counts: values, total: values.reduce((sum, c) => sum + (c.value ?? 0), 0) }];
  });
}
