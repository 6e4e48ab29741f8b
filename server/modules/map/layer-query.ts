import { LAYER_DEFINITIONS, type MapLayer } from '../../../common/map/layers.ts';
import { can } from '../../../common/permissions.ts';
import { chinaDate } from '../../../common/time.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { panelPeriod } from '../regions/panel-region.ts';

/** No outbreak record predates this; earlier dates are typing mistakes (and year 0 is not a date to PostgreSQL). */
const EARLIEST_DAY = '2000-01-01';

export interface LayerQuery {
  layer: MapLayer;
  from: string;
  to: string;
  /** The categories counted or listed, in the layer's own order. */
  keys: string[];
}

/**
 * A map request's layer, period and categories, checked: the layer's own permission, a
 * period ending no later than today (today alone by default), categories the layer has.
 */
export function layerQuery(actor: Actor, q: { layer: MapLayer; from?: string; to?: string; keys?: string }, now: Date): LayerQuery {
  const definition = LAYER_DEFINITIONS[q.layer];
  if (!can(actor.role, definition.permission)) throw new AppError('FORBIDDEN', `the ${q.layer} layer needs ${definition.permission}`);
  const today = chinaDate(now);
  const to = q.to ?? today;
  if (to > today) throw new AppError('VALIDATION_FAILED', 'the period ends in the future', { to: 'FUTURE_DATE' });
  const from = q.from ?? to;
  if (from < EARLIEST_DAY) throw new AppError('VALIDATION_FAILED', `the map starts on ${EARLIEST_DAY}`, { [q.from ? 'from' : 'to']: 'TOO_EARLY' });
  panelPeriod(from, to);
  const asked = q.keys ? q.keys.split(',') : definition.defaultKeys;
  const unknown = asked.find((k) => !definition.keys.codes.includes(k));
  if (unknown !== undefined) throw new AppError('VALIDATION_FAILED', `the ${q.layer} layer has no category ${unknown}`, { keys: 'UNKNOWN_KEY' });
  return { layer: q.layer, from, to, keys: definition.keys.codes.filter((k) => asked.includes(k)) };
}
