import type { TFunction } from 'i18next';
import { LAYER_DEFINITIONS, type MapLayer } from '../../../../common/map/layers.ts';

/** Names from common/map/layers.ts, as the map module's i18n.ts lays them out. */
export function layerName(t: TFunction, layer: MapLayer): string {
  return t(`map.mapLayer.${layer}`);
}

export function keyName(t: TFunction, layer: MapLayer, key: string): string {
  return t(`map.mapKey.${layer}.${key}`, { defaultValue: key });
}

/** How the layer's count relates to the period: during it, at its end, or now. */
export function timeName(t: TFunction, layer: MapLayer): { label: string; hint: string } {
  const time = LAYER_DEFINITIONS[layer].time;
  return { label: t(`map.time.${time}`), hint: t(`map.timeHint.${time}`) };
}
