import { sql, type Kysely, type Selectable } from 'kysely';
import type { AreaGeometry } from '../../../common/geo/geojson.ts';
import { LEVEL_CODE_LENGTH, scopeRange, type RegionLevel } from '../../../common/regions/codes.ts';
import type { Queryable } from '../../db/database.ts';
import type { DB, RegionsTable } from '../../db/schema.ts';
import { containsPattern } from '../../db/like.ts';
import { inScope } from '../../db/scope.ts';

export interface RegionRecord {
  code: string;
  parentCode: string | null;
  level: RegionLevel;
  name: string;
  kind: string | null;
  officialCode: string | null;
  externalId: string | null;
  population: number | null;
  centroid: [number, number] | null;
  bbox: [number, number, number, number] | null;
}

export interface RegionWrite extends Omit<RegionRecord, 'centroid' | 'bbox'> {
  geometry: AreaGeometry | null;
  centroid: [number, number] | null;
  bbox: [number, number, number, number] | null;
}

const SUMMARY_COLUMNS = [
  'code', 'parent_code', 'level', 'name', 'kind', 'official_code', 'external_id', 'population',
  'centroid_lon', 'centroid_lat', 'bbox_min_lon', 'bbox_min_lat', 'bbox_max_lon', 'bbox_max_lat',
] as const;

type SummaryRow = Pick<Selectable<RegionsTable>, (typeof SUMMARY_COLUMNS)[number]>;

function toRecord(r: SummaryRow): RegionRecord {
  return {
    code: r.code,
    parentCode: r.parent_code,
    level: r.level as RegionLevel,
    name: r.name,
    kind: r.kind,
    officialCode: r.official_code,
    externalId: r.external_id,
    population: r.population,
    centroid: r.centroid_lon === null || r.centroid_lat === null ? null : [r.centroid_lon, r.centroid_lat],
    bbox: r.bbox_min_lon === null ? null : [r.bbox_min_lon, r.bbox_min_lat!, r.bbox_max_lon!, r.bbox_max_lat!],
  };
}

export async function findRegion(db: Queryable, code: string): Promise<RegionRecord | null> {
  const row = await db.selectFrom('regions').select(SUMMARY_COLUMNS).where('code', '=', code).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function findRegions(db: Queryable, codes: string[]): Promise<RegionRecord[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('regions').select(SUMMARY_COLUMNS).where('code', 'in', codes).orderBy('code').execute();
  return rows.map(toRecord);
}

export async function listChildren(db: Queryable, parentCode: string): Promise<RegionRecord[]> {
  const rows = await db.selectFrom('regions').select(SUMMARY_COLUMNS).where('parent_code', '=', parentCode).orderBy('code').execute();
  return rows.map(toRecord);
}

/**
 * For each child of `parent`, how many descendants it has at each deeper level: one range
 * scan of the parent's codes grouped by the child's code prefix.
 */
export async function countDescendantsByChild(db: Queryable, parent: string, parentLevel: RegionLevel): Promise<Map<string, Map<number, number>>> {
  const result = new Map<string, Map<number, number>>();
  if (parentLevel >= 5) return result;
  const childLength = LEVEL_CODE_LENGTH[(parentLevel + 1) as RegionLevel];
  const rows = await db.selectFrom('regions')
    .select([sql<string>`left(code, ${sql.lit(childLength)})`.as('child'), 'level', sql<number>`count(*)`.as('n')])
    .where(inScope('code', parent))
    .where('level', '>', parentLevel + 1)
    .groupBy([sql`left(code, ${sql.lit(childLength)})`, 'level'])
    .execute();
  for (const row of rows) {
    const byLevel = result.get(row.child) ?? new Map<number, number>();
    byLevel.set(row.level, Number(row.n));
    result.set(row.child, byLevel);
  }
  return result;
}

export async function countDescendantsByLevel(db: Queryable, code: string): Promise<Map<number, number>> {
  const range = scopeRange(code);
  const rows = await db.selectFrom('regions').select(['level', sql<number>`count(*)`.as('n')])
    .where('code', '>', range.from).where('code', '<', range.to)
    .groupBy('level').execute();
  return new Map(rows.map((r) => [r.level, Number(r.n)]));
}

export interface RegionSearch {
  scope: string;
  q?: string;
  level?: RegionLevel;
  limit: number;
}

export async function searchRegions(db: Queryable, search: RegionSearch): Promise<RegionRecord[]> {
  let query = db.selectFrom('regions').select(SUMMARY_COLUMNS).where(inScope('code', search.scope));
  if (search.level) query = query.where('level', '=', search.level);
  if (search.q) {
    const q = search.q;
    const pattern = containsPattern(q);
    query = /^\d+$/.test(q)
      ? query.where((eb) => eb.or([eb('name', 'like', pattern), eb('code', 'like', `${q}%`)]))
      : query.where('name', 'like', pattern);
  }
  const rows = await query.orderBy('level').orderBy('code').limit(search.limit).execute();
  return rows.map(toRecord);
}

export interface RegionWithGeometry extends RegionRecord {
  geometry: AreaGeometry | null;
}

export interface GeometryFilter {
  codes?: string[];
  parentCodes?: string[];
  scope?: string;
  level?: RegionLevel;
  /** false: leave the (large) geometry column out. */
  withGeometry?: boolean;
}

export async function listWithGeometry(db: Queryable, filter: GeometryFilter): Promise<RegionWithGeometry[]> {
  if ((filter.codes && filter.codes.length === 0) || (filter.parentCodes && filter.parentCodes.length === 0)) return [];
  const columns = filter.withGeometry === false ? SUMMARY_COLUMNS : ([...SUMMARY_COLUMNS, 'geometry'] as const);
  let query = db.selectFrom('regions').select(columns);
  if (filter.codes) query = query.where('code', 'in', filter.codes);
  if (filter.parentCodes) query = query.where('parent_code', 'in', filter.parentCodes);
  if (filter.scope !== undefined) {
    query = query.where(inScope('code', filter.scope));
  }
  if (filter.level !== undefined) query = query.where('level', '=', filter.level);
  const rows = await query.orderBy('code').execute();
  return rows.map((r) => ({ ...toRecord(r), geometry: ('geometry' in r ? (r.geometry as AreaGeometry | null) : null) ?? null }));
}

/** Every grid with its polygon: the input of the spatial index. */
export async function listGridShapes(db: Kysely<DB>): Promise<{ code: string; geometry: AreaGeometry }[]> {
  const rows = await db.selectFrom('regions').select(['code', 'geometry']).where('level', '=', 5).where('geometry', 'is not', null).execute();
  return rows.map((r) => ({ code: r.code, geometry: r.geometry as AreaGeometry }));
}

export async function upsertRegions(tx: Queryable, regions: RegionWrite[], now = new Date()): Promise<void> {
  const CHUNK = 500;
  for (let i = 0; i < regions.length; i += CHUNK) {
    const rows = regions.slice(i, i + CHUNK).map((r) => ({
      code: r.code,
      parent_code: r.parentCode,
      level: r.level,
      name: r.name,
      kind: r.kind,
      official_code: r.officialCode,
      external_id: r.externalId,
      population: r.population,
      geometry: r.geometry ? JSON.stringify(r.geometry) : null,
      centroid_lon: r.centroid?.[0] ?? null,
      centroid_lat: r.centroid?.[1] ?? null,
      bbox_min_lon: r.bbox?.[0] ?? null,
      bbox_min_lat: r.bbox?.[1] ?? null,
      bbox_max_lon: r.bbox?.[2] ?? null,
      bbox_max_lat: r.bbox?.[3] ?? null,
      updated_at: now,
    }));
    await tx.insertInto('regions').values(rows).onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({
      name: eb.ref('excluded.name'),
      kind: eb.ref('excluded.kind'),
      official_code: eb.ref('excluded.official_code'),
      external_id: eb.ref('excluded.external_id'),
      population: eb.ref('excluded.population'),
      geometry: eb.ref('excluded.geometry'),
      centroid_lon: eb.ref('excluded.centroid_lon'),
      centroid_lat: eb.ref('excluded.centroid_lat'),
      bbox_min_lon: eb.ref('excluded.bbox_min_lon'),
      bbox_min_lat: eb.ref('excluded.bbox_min_lat'),
      bbox_max_lon: eb.ref('excluded.bbox_max_lon'),
      bbox_max_lat: eb.ref('excluded.bbox_max_lat'),
      updated_at: eb.ref('excluded.updated_at'),
    }))).execute();
  }
}

export async function countRegions(db: Queryable): Promise<number> {
  const row = await db.selectFrom('regions').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Highest child serial in use under each parent, so that imported regions without a code get fresh ones. */
export async function childCodesUnder(db: Queryable, parentCodes: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (parentCodes.length === 0) return result;
  const rows = await db.selectFrom('regions').select(['parent_code', 'code']).where('parent_code', 'in', parentCodes).execute();
  for (const r of rows) {
    const list = result.get(r.parent_code!) ?? [];
    list.push(r.code);
    result.set(r.parent_code!, list);
  }
  return result;
}

export async function findByExternalIds(db: Queryable, level: RegionLevel, externalIds: string[]): Promise<Map<string, string>> {
  if (externalIds.length === 0) return new Map();
  const rows = await db.selectFrom('regions').select(['external_id', 'code']).where('level', '=', level).where('external_id', 'in', externalIds).execute();
  return new Map(rows.map((r) => [r.external_id!, r.code]));
}
