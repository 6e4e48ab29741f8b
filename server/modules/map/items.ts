import { sql } from 'kysely';
import type { MapItem, MapList, MapListQuery, MapPointQuery, MapPoints } from '../../../common/contracts/map.ts';
import { LAYER_DEFINITIONS, MAX_GRID_POINTS } from '../../../common/map/layers.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { nameFor } from '../../core/names.ts';
import { AppError } from '../../core/errors.ts';
import { panelRegion } from '../regions/panel-region.ts';
import { mapRegion } from './aggregates.ts';
import { COUNTER_LAYERS, counterLayerCounts } from './counter-layers.ts';
import { layerItems, type LayerItemRow } from './layer-items.ts';
import { layerQuery, type LayerQuery } from './layer-query.ts';

/** People's names are masked as in every list (grid workers, who visit them, see them whole). */
function toMapItem(row: LayerItemRow, q: LayerQuery, actor: Actor): MapItem {
  const item = LAYER_DEFINITIONS[q.layer].item;
  const personal = item === 'person' || item === 'warning';
  return {
    id: row.id,
    item,
    personId: row.person_id,
    key: row.key,
    lon: row.lon,
    lat: row.lat,
    at: row.at ? new Date(row.at).toISOString() : null,
    title: personal ? nameFor(actor, row.title) : row.title,
    subtitle: row.subtitle,
    grid: { code: row.grid_code, name: row.grid_name },
  };
}

/** The located items of one grid for a layer, newest first, at most MAX_GRID_POINTS of them. */
export async function mapPoints(db: Queryable, actor: Actor, asked: MapPointQuery, now: Date): Promise<MapPoints> {
  const { record } = await panelRegion(db, actor, asked.region);
  if (record.level !== 5) throw new AppError('VALIDATION_FAILED', 'points are answered for one grid', { region: 'NOT_A_GRID' });
  const q = layerQuery(actor, asked, now);
  const items = layerItems(db, q, record.code, now);
  const [rows, tally] = await Promise.all([
    db.selectFrom(items.as('t')).selectAll()
      .where('t.lon', 'is not', null).where('t.lat', 'is not', null)
      .orderBy('t.sort_key', 'desc').orderBy('t.id')
      .limit(MAX_GRID_POINTS + 1)
      .execute(),
    db.selectFrom(layerItems(db, q, record.code, now).as('t'))
      .select([sql<number>`count(*)`.as('total'), sql<number>`count(*) FILTER (WHERE t.lon IS NULL OR t.lat IS NULL)`.as('unlocated')])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    region: mapRegion(record), layer: q.layer, from: q.from, to: q.to, keys: q.keys,
    points: rows.slice(0, MAX_GRID_POINTS).map((r) => toMapItem(r, q, actor)),
    total: Number(tally.total),
    unlocated: Number(tally.unlocated),
    truncated: rows.length > MAX_GRID_POINTS,
  };
}

/**
 * The list behind a bubble's number: the same facts, paged, for any region in scope. Its total
 * is the bubble's own count from the counters (which the tests hold equal to the facts): a
 * city's month of arrivals is half a million rows, too many to count per page.
 */
export async function mapList(db: Queryable, actor: Actor, asked: MapListQuery, now: Date): Promise<MapList> {
  const { record } = await panelRegion(db, actor, asked.region);
  const q = layerQuery(actor, asked, now);
  const [rows, total] = await Promise.all([
    db.selectFrom(layerItems(db, q, record.code, now).as('t')).selectAll()
      .orderBy('t.sort_key', 'desc').orderBy('t.id')
      .offset(asked.offset).limit(asked.limit)
      .execute(),
    listTotal(db, q, record, now),
  ]);
  return {
    region: mapRegion(record), layer: q.layer, from: q.from, to: q.to, keys: q.keys,
    items: rows.map((r) => toMapItem(r, q, actor)),
    total,
  };
}

async function listTotal(db: Queryable, q: LayerQuery, region: { code: string; level: number }, now: Date): Promise<number> {
  const plan = COUNTER_LAYERS[q.layer];
  if (!plan) {
    const counted = await db.selectFrom(layerItems(db, q, region.code, now).as('t')).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    return Number(counted.n);
  }
  const byKey = (await counterLayerCounts(db, plan, q, region.code, [region.level])).get(region.code) ?? {};
  return q.keys.reduce((sum, k) => sum + Math.max(0, byKey[k] ?? 0), 0);
}
