import type { MapAggregateQuery, MapAggregates } from '../../../common/contracts/map.ts';
import { LAYER_DEFINITIONS } from '../../../common/map/layers.ts';
import { LEVEL_CODE_LENGTH, type RegionLevel } from '../../../common/regions/codes.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { panelRegion } from '../regions/panel-region.ts';
import type { RegionRecord } from '../regions/store.ts';
import { COUNTER_LAYERS, counterLayerCounts } from './counter-layers.ts';
import { layerQuery, type LayerQuery } from './layer-query.ts';
import { checkpointCounts, workerCounts } from './state-layers.ts';

export function mapRegion(r: RegionRecord) {
  return { code: r.code, name: r.name, level: r.level, centroid: r.centroid, bbox: r.bbox };
}

/** Every category of the layer, zero where nothing was counted (negative sums cannot happen; clamp in case). */
function complete(q: LayerQuery, counted: Record<string, number> | undefined): { count: number; byKey: Record<string, number> } {
  const byKey = Object.fromEntries(LAYER_DEFINITIONS[q.layer].keys.codes.map((k) => [k, Math.max(0, counted?.[k] ?? 0)]));
  return { count: q.keys.reduce((sum, k) => sum + byKey[k]!, 0), byKey };
}

/**
 * The map's bubbles: a layer's count for each region one level below `region` (the region
 * itself under a grid), with the region's own count. Counter layers read each region's own
 * roll-up row, so the parent's count is computed independently of its children's.
 */
export async function mapAggregates(db: Queryable, actor: Actor, asked: MapAggregateQuery, now: Date): Promise<MapAggregates> {
  const { record, children } = await panelRegion(db, actor, asked.region);
  const q = layerQuery(actor, asked, now);
  const childLevel = Math.min(record.level + 1, 5) as RegionLevel;
  const plan = COUNTER_LAYERS[q.layer];
  let counts: Map<string, Record<string, number>>;
  if (plan) {
    counts = await counterLayerCounts(db, plan, q, record.code, [...new Set([record.level, childLevel])]);
  } else {
    const length = LEVEL_CODE_LENGTH[childLevel];
    counts = q.layer === 'checkpoints' ? await checkpointCounts(db, record.code, length) : await workerCounts(db, record.code, length, now);
    if (children.length > 0) counts.set(record.code, sumOf(q, children.map((c) => counts.get(c.code))));
  }
  return {
    region: mapRegion(record),
    layer: q.layer, from: q.from, to: q.to, keys: q.keys,
    ...complete(q, counts.get(record.code)),
    children: children.map((c) => ({ ...mapRegion(c), ...complete(q, counts.get(c.code)) })),
  };
}

function sumOf(q: LayerQuery, parts: (Record<string, number> | undefined)[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const part of parts) for (const k of LAYER_DEFINITIONS[q.layer].keys.codes) total[k] = (total[k] ?? 0) + (part?.[k] ?? 0);
  return total;
}
