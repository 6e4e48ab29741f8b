import { LAYER_DEFINITIONS, type MapLayer } from '../../../common/map/layers.ts';

/**
 * One colour per map layer, used for its bubble numbers, its legend swatch and its points'
 * outline; chosen to stay apart from each other and from the navy chrome.
 */
export const LAYER_COLORS: Readonly<Record<MapLayer, string>> = {
  arrivals: '#1a5cd1',
  in_window: '#d46b08',
  warnings: '#c41d7f',
  events: '#722ed1',
  cases: '#cf1322',
  checkpoints: '#08979c',
  workers: '#389e0d',
};

/** States read at a glance: what needs attention is warm, what is settled is grey or green. */
const STATE_COLORS: Partial<Record<MapLayer, Record<string, string>>> = {
  warnings: { open: '#eb2f96', verified: '#8c8c8c' },
  cases: { suspected: '#fa8c16', confirmed: '#f5222d', cured: '#52c41a', deceased: '#434343', excluded: '#bfbfbf' },
  checkpoints: { active: '#13c2c2', inactive: '#bfbfbf' },
  workers: { on_duty: '#52c41a', active_today: '#1677ff', inactive: '#bfbfbf' },
};

/** For categories without an order of severity (origins, event kinds): distinct hues. */
const CATEGORY_PALETTE = ['#1677ff', '#f5222d', '#fa8c16', '#13c2c2', '#722ed1', '#52c41a', '#eb2f96', '#8c8c8c'];

/** The colour of one category of a layer: its points and its legend entry. */
export function keyColor(layer: MapLayer, key: string): string {
  const state = STATE_COLORS[layer]?.[key];
  if (state) return state;
  const index = LAYER_DEFINITIONS[layer].keys.codes.indexOf(key);
  return CATEGORY_PALETTE[Math.max(index, 0) % CATEGORY_PALETTE.length]!;
}
