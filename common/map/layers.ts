/**
 * The map's layers (地图图层) and, for each, the categories its counts break down into. The
 * server counts and lists by these codes and the console draws and labels them, so both
 * import this one table.
 */
import { CASE_STATUS } from '../cases/vocabulary.ts';
import { EVENT_CATEGORY, ORIGIN_CATEGORY } from '../field/vocabulary.ts';
import type { Permission } from '../permissions.ts';
import { terms, type Term } from '../terms.ts';

export const MAP_LAYER = terms({
  arrivals: { zh: '来（返）聊人员', en: 'Arrivals' },
  in_window: { zh: '14天观察期内', en: 'In the 14-day window' },
  warnings: { zh: '申报预警', en: 'Declaration warnings' },
  events: { zh: '事件', en: 'Events' },
  cases: { zh: '重点人员（病例）', en: 'Key persons (cases)' },
  checkpoints: { zh: '卡点', en: 'Checkpoints' },
  workers: { zh: '网格员', en: 'Grid workers' },
});
export type MapLayer = (typeof MAP_LAYER.codes)[number];

const WARNING_STATE = terms({
  open: { zh: '待核实', en: 'Open' },
  verified: { zh: '已核实', en: 'Verified' },
});
const CHECKPOINT_STATE = terms({
  active: { zh: '启用', en: 'Active' },
  inactive: { zh: '停用', en: 'Inactive' },
});
const WORKER_STATE = terms({
  on_duty: { zh: '在岗', en: 'On duty' },
  active_today: { zh: '今日有工作', en: 'Active today' },
  inactive: { zh: '今日未工作', en: 'Inactive today' },
});

/**
 * How a layer's count relates to the period asked:
 * - `flow`: what happened during the period (arrivals, events);
 * - `stock`: the state at the end of its last day (in the window, cases, open warnings —
 *   verified warnings count those verified during the period);
 * - `now`: the present state whatever the period (checkpoints, workers' status and last position).
 */
export type LayerTime = 'flow' | 'stock' | 'now';

export interface LayerDefinition {
  keys: { codes: readonly string[]; labels: Record<string, Term> };
  time: LayerTime;
  /** What a row of the layer's list opens. */
  item: MapItemKind;
  /** Categories counted when the request names none (e.g. cases: the active ones only). */
  defaultKeys: readonly string[];
  /** Needed on top of dashboard.read to see the layer. */
  permission: Permission;
}

export const MAP_ITEM_KINDS = ['person', 'event', 'warning', 'checkpoint', 'worker'] as const;
export type MapItemKind = (typeof MAP_ITEM_KINDS)[number];

export const LAYER_DEFINITIONS: Readonly<Record<MapLayer, LayerDefinition>> = {
  arrivals: { keys: ORIGIN_CATEGORY, time: 'flow', item: 'person', defaultKeys: ORIGIN_CATEGORY.codes, permission: 'field.read' },
  in_window: { keys: ORIGIN_CATEGORY, time: 'stock', item: 'person', defaultKeys: ORIGIN_CATEGORY.codes, permission: 'field.read' },
  warnings: { keys: WARNING_STATE, time: 'stock', item: 'warning', defaultKeys: ['open'], permission: 'warnings.read' },
  events: { keys: EVENT_CATEGORY, time: 'flow', item: 'event', defaultKeys: EVENT_CATEGORY.codes, permission: 'field.read' },
  cases: { keys: CASE_STATUS, time: 'stock', item: 'person', defaultKeys: ['suspected', 'confirmed'], permission: 'cases.read' },
  checkpoints: { keys: CHECKPOINT_STATE, time: 'now', item: 'checkpoint', defaultKeys: ['active'], permission: 'checkpoints.read' },
  workers: { keys: WORKER_STATE, time: 'now', item: 'worker', defaultKeys: WORKER_STATE.codes, permission: 'workers.read' },
};

/** Most points one request answers for one grid and layer; more is flagged `truncated`. */
export const MAX_GRID_POINTS = 5000;
