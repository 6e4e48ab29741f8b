import { LAYER_DEFINITIONS, MAP_LAYER, type MapLayer } from '../../../../common/map/layers.ts';
import { viewedRegion } from '../../../lib/viewed-region.ts';
import { addDays, daysBetween, isIsoDate } from '../../../../common/time.ts';

/** What the map shows: a region inside the user's, the active layers with their categories, a period of China days. */
export interface MapView {
  region: string;
  /** In the table's order (common/map/layers.ts), so bubbles and legend keep one order. */
  layers: MapLayer[];
  /** Each layer's chosen categories; a layer not named here counts its defaults. */
  keys: Partial<Record<MapLayer, string[]>>;
  from: string;
  to: string;
}

/** What a first look shows: where people arrive, who is still in the window, what is reported, the cases. */
export const DEFAULT_LAYERS: readonly MapLayer[] = ['arrivals', 'in_window', 'events', 'cases'];

/** The longest period: 92 days, a quarter, played back in a minute and a half. */
export const MAX_PERIOD_DAYS = 92;

const list = (value: string | null) => (value ? value.split(',') : []);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function keysOf(view: Pick<MapView, 'keys'>, layer: MapLayer): string[] {
  return view.keys[layer] ?? [...LAYER_DEFINITIONS[layer].defaultKeys];
}

/**
 * The view an address asks for (`?region=&layers=&from=&to=&keys.<layer>=`), kept to what the
 * user may see: a region outside their scope falls back to their own, layers they may not read
 * are dropped, unknown categories ignored, a bad or future period gives today.
 */
export function readMapView(params: URLSearchParams, scope: string, today: string, allowed: readonly MapLayer[]): MapView {
  const region = viewedRegion(params.get('region'), scope);

  const named = params.has('layers') ? list(params.get('layers')) : DEFAULT_LAYERS;
  const layers = MAP_LAYER.codes.filter((l) => named.includes(l) && allowed.includes(l));

  const keys: MapView['keys'] = {};
  for (const layer of MAP_LAYER.codes) {
    const chosen = list(params.get(`keys.${layer}`)).filter((k) => LAYER_DEFINITIONS[layer].keys.codes.includes(k));
    if (chosen.length > 0) keys[layer] = LAYER_DEFINITIONS[layer].keys.codes.filter((k) => chosen.includes(k));
  }

  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to && to <= today && daysBetween(from, to) < MAX_PERIOD_DAYS;
  return { region, layers, keys, ...(valid ? { from, to } : { from: today, to: today }) };
}

/** The address of a view: only what differs from the default, so a plain /map follows today. */
export function writeMapView(view: MapView, scope: string, today: string): URLSearchParams {
  const params = new URLSearchParams();
  if (view.region !== scope) params.set('region', view.region);
  if (!sameSet(view.layers, DEFAULT_LAYERS)) params.set('layers', view.layers.join(','));
  for (const layer of MAP_LAYER.codes) {
    const keys = view.keys[layer];
    if (keys && !sameSet(keys, LAYER_DEFINITIONS[layer].defaultKeys)) params.set(`keys.${layer}`, keys.join(','));
  }
  if (view.from !== today || view.to !== today) {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  return params;
}

/** The quick periods: the last n days up to today. */
export function lastDays(today: string, days: number): { from: string; to: string } {
  return { from: addDays(today, 1 - days), to: today };
}
