import type { Kysely } from 'kysely';
import type { LocateResult, RegionDetail, RegionList } from '../../../common/contracts/regions.ts';
import type { Crs } from '../../../common/geo/crs.ts';
import { codeChain, isWithinScope, type RegionLevel } from '../../../common/regions/codes.ts';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { GridLocator } from '../../geo/grid-locator.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import {
  countDescendantsByChild, countDescendantsByLevel, findRegion, findRegions, listChildren, searchRegions,
} from './store.ts';

export function assertInScope(actor: Actor, code: string): void {
  if (!isWithinScope(code, actor.scope)) throw new AppError('OUT_OF_SCOPE', `region ${code} is outside your jurisdiction`);
}

export async function regionChain(db: Kysely<DB>, code: string) {
  return (await findRegions(db, codeChain(code))).map((r) => ({ code: r.code, name: r.name, level: r.level }));
}

export async function getRegionDetail(db: Kysely<DB>, actor: Actor, code: string): Promise<RegionDetail> {
  const region = await findRegion(db, code);
  if (!region) throw new AppError('REGION_NOT_FOUND', `no region ${code}`);
  assertInScope(actor, code);
  const [children, deeper, totals, chain] = await Promise.all([
    listChildren(db, code),
    countDescendantsByChild(db, code, region.level),
    countDescendantsByLevel(db, code),
    regionChain(db, code),
  ]);
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    parentCode: region.parentCode,
    kind: region.kind,
    officialCode: region.officialCode,
    externalId: region.externalId,
    population: region.population,
    centroid: region.centroid,
    bbox: region.bbox,
    chain,
    counts: {
      districts: totals.get(2) ?? 0,
      streets: totals.get(3) ?? 0,
      communities: totals.get(4) ?? 0,
      grids: totals.get(5) ?? 0,
    },
    children: children.map((child) => {
      const below = deeper.get(child.code);
      return {
        code: child.code,
        name: child.name,
        level: child.level,
        kind: child.kind,
        population: child.population,
        gridCount: child.level === 5 ? 1 : below?.get(5) ?? 0,
        childCount: below?.get(child.level + 1) ?? 0,
      };
    }),
  };
}

export async function listRegions(db: Kysely<DB>, actor: Actor, query: { parent?: string; q?: string; level?: number; limit: number }): Promise<RegionList> {
  const toItem = (r: { code: string; name: string; level: number; parentCode: string | null; kind: string | null }) =>
    ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, kind: r.kind });
  if (query.parent !== undefined) {
    if (!isWithinScope(query.parent, actor.scope)) return { items: [] };
    const children = await listChildren(db, query.parent);
    return { items: children.slice(0, query.limit).map(toItem) };
  }
  if (query.q === undefined && query.level === undefined) {
    const root = await findRegion(db, actor.scope);
    return { items: root ? [toItem(root)] : [] };
  }
  const found = await searchRegions(db, { scope: actor.scope, q: query.q, level: query.level as RegionLevel | undefined, limit: query.limit });
  return { items: found.map(toItem) };
}

export async function locate(database: Database, locator: GridLocator, lon: number, lat: number, crs: Crs): Promise<LocateResult> {
  const point = locator.locate(lon, lat, crs);
  if (point.gridCode === null) {
    throw new AppError('OUTSIDE_ALL_GRIDS', `(${point.lon.toFixed(6)}, ${point.lat.toFixed(6)}) WGS-84 is outside every grid`, undefined, {
      point: { lon: point.lon, lat: point.lat },
    });
  }
  const chain = (await regionChain(database.db, point.gridCode)).reverse();
  return { point: { lon: point.lon, lat: point.lat }, chain };
}
