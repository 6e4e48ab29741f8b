import { sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { MapLayer } from '../../../common/map/layers.ts';
import { addDays, chinaDate, chinaDayStart } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { WINDOW_DAYS } from '../../core/counter-sums.ts';
import { workerStatusRows } from '../workers/store.ts';
import type { LayerQuery } from './layer-query.ts';

/** One row behind a map count, whatever the layer: what it opens, its category, where and when. */
export interface LayerItemRow {
  id: string;
  person_id: string | null;
  key: string;
  lon: number | null;
  lat: number | null;
  at: Date | null;
  /** A person's or a warning's name (masked by the presenter), a checkpoint's or worker's name, an event's text. */
  title: string;
  subtitle: string | null;
  grid_code: string;
  grid_name: string;
  /** Newest first by this (never null): a column an index serves where the list can be long (arrivals, events). */
  sort_key: unknown;
}

/**
 * The facts behind a layer's count inside `scope`, one row per counted fact, with the same
 * rules as the counters (the day of arrival, of the event, of the case change, of raising and
 * verifying a warning), so a list's total equals the bubble's number.
 */
export function layerItems(db: Queryable, q: LayerQuery, scope: string, now: Date) {
  return BUILDERS[q.layer](db, q, scope, now);
}

/** The half-open instant range of whole China days [from, to]. */
const dayRange = (from: string, to: string) => ({ start: chinaDayStart(from), end: chinaDayStart(addDays(to, 1)) });

// Each layer joins its own tables; what they share is the row they select.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the joined tables differ per layer
type ItemQuery = SelectQueryBuilder<DB, any, LayerItemRow>;

function arrivalsBetween(db: Queryable, q: LayerQuery, scope: string, from: string): ItemQuery {
  return db.selectFrom('movements as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .leftJoin('households as h', 'h.id', 'p.household_id')
    .innerJoin('regions as g', 'g.code', 'm.grid_code')
    .where('m.direction', '=', 'arrival').where('m.moved_on', '>=', from).where('m.moved_on', '<=', q.to)
    .where('m.category', 'in', q.keys).where(inScope('m.grid_code', scope))
    .select([
      'm.id', 'p.id as person_id', 'm.category as key', 'h.lon', 'h.lat', sql<Date>`m.created_at`.as('at'), 'p.name as title',
      sql<string | null>`nullif(concat_ws(' ', m.place_province, m.place_city), '')`.as('subtitle'),
      'm.grid_code', 'g.name as grid_name', 'm.moved_on as sort_key',
    ]).$castTo<LayerItemRow>();
}

const BUILDERS: Record<MapLayer, (db: Queryable, q: LayerQuery, scope: string, now: Date) => ItemQuery> = {
  arrivals: (db, q, scope) => arrivalsBetween(db, q, scope, q.from),
  in_window: (db, q, scope) => arrivalsBetween(db, q, scope, addDays(q.to, -(WINDOW_DAYS - 1))),

  events: (db, q, scope) => {
    const { start, end } = dayRange(q.from, q.to);
    return db.selectFrom('events as e')
      .innerJoin('regions as g', 'g.code', 'e.grid_code')
      .where('e.occurred_at', '>=', start).where('e.occurred_at', '<', end)
      .where('e.category', 'in', q.keys).where(inScope('e.grid_code', scope))
      .select([
        'e.id', sql<null>`NULL::uuid`.as('person_id'), 'e.category as key', 'e.lon', 'e.lat', sql<Date>`e.occurred_at`.as('at'),
        sql<string>`left(e.description, 60)`.as('title'), 'e.status as subtitle', 'e.grid_code', 'g.name as grid_name', 'e.occurred_at as sort_key',
      ]).$castTo<LayerItemRow>();
  },

  // A case's status at the end of the day: its latest change dated on or before it.
  cases: (db, q, scope) => db.selectFrom('cases as c')
    .innerJoinLateral(
      (eb) => eb.selectFrom('case_changes as h').select(['h.to_status', 'h.changed_on', 'h.changed_at'])
        .whereRef('h.case_id', '=', 'c.id').where('h.changed_on', '<=', q.to)
        .orderBy('h.changed_on', 'desc').orderBy('h.changed_at', 'desc').limit(1).as('s'),
      (join) => join.onTrue(),
    )
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .leftJoin('households as h', 'h.id', 'p.household_id')
    .innerJoin('regions as g', 'g.code', 'c.grid_code')
    .where('s.to_status', 'in', q.keys).where(inScope('c.grid_code', scope))
    .select([
      'c.id', 'p.id as person_id', 's.to_status as key', 'h.lon', 'h.lat', sql<Date>`s.changed_at`.as('at'), 'p.name as title',
      sql<string>`s.changed_on::text`.as('subtitle'), 'c.grid_code', 'g.name as grid_name', 's.changed_at as sort_key',
    ]).$castTo<LayerItemRow>(),

  warnings: (db, q, scope) => {
    const { start, end } = dayRange(q.from, q.to);
    const state = sql<string>`CASE WHEN w.verified_at IS NOT NULL AND w.verified_at < ${end} THEN 'verified' ELSE 'open' END`;
    const counted: Expression<SqlBool>[] = [];
    if (q.keys.includes('open')) counted.push(sql<SqlBool>`(w.first_declared_at < ${end} AND (w.verified_at IS NULL OR w.verified_at >= ${end}))`);
    if (q.keys.includes('verified')) counted.push(sql<SqlBool>`(w.verified_at >= ${start} AND w.verified_at < ${end})`);
    return db.selectFrom('warnings as w')
      .innerJoin('checkpoints as k', 'k.id', 'w.checkpoint_id')
      .innerJoin('regions as g', 'g.code', 'w.grid_code')
      .where(inScope('w.grid_code', scope))
      .where((eb) => eb.or(counted))
      .select([
        'w.id', sql<null>`NULL::uuid`.as('person_id'), state.as('key'), 'k.lon', 'k.lat', sql<Date>`coalesce(w.verified_at, w.last_declared_at)`.as('at'),
        'w.name as title', 'w.phone_masked as subtitle', 'w.grid_code', 'g.name as grid_name', 'w.last_declared_at as sort_key',
      ]).$castTo<LayerItemRow>();
  },

  checkpoints: (db, q, scope) => db.selectFrom('checkpoints as k')
    .innerJoin('regions as g', 'g.code', 'k.grid_code')
    .where(inScope('k.grid_code', scope))
    .where('k.active', 'in', q.keys.map((k) => k === 'active'))
    .select([
      'k.id', sql<null>`NULL::uuid`.as('person_id'), sql<string>`CASE WHEN k.active THEN 'active' ELSE 'inactive' END`.as('key'), 'k.lon', 'k.lat', sql<Date | null>`NULL::timestamptz`.as('at'),
      'k.name as title', 'k.kind as subtitle', 'k.grid_code', 'g.name as grid_name', 'k.created_at as sort_key',
    ]).$castTo<LayerItemRow>(),

  workers: (db, q, scope, now) =>
    db.selectFrom(workerStatusRows(db, scope, chinaDate(now), now).as('w'))
      .where('w.status', 'in', q.keys)
      .select([
        'w.id', sql<null>`NULL::uuid`.as('person_id'), 'w.status as key', 'w.last_lon as lon', 'w.last_lat as lat', 'w.last_activity_at as at',
        'w.display_name as title', 'w.checkpoint_name as subtitle', 'w.region_code as grid_code', 'w.grid_name', sql<Date>`coalesce(w.last_activity_at, '-infinity'::timestamptz)`.as('sort_key'),
      ]).$castTo<LayerItemRow>(),
};
